// The picture beside each routine step: one inline SVG figure per illustration id, mirrored for the right side.
import type { JSX } from 'preact';
import type { IllustrationId, Side } from '../../core/illustrations';
import { BreathingFigure } from './BreathingFigure';
import { CalfBallSeatedFigure, CalfStretchFigure } from './CalfFigure';
import { DrinkingFigure } from './DrinkingFigure';
import { EarToShoulderFigure, NeckHalfCircleFigure } from './FrontBustFigure';
import { HipBallWallFigure } from './HipWallFigure';
import { JawOpenCloseFigure, JawPressFigure } from './JawFigure';
import { ChinTuckFigure, ShoulderRollsFigure } from './ProfileBustFigure';
import { HipBallSeatedFigure, SitTallFigure } from './SeatedFigure';
import { StandUpFigure } from './StandUpFigure';
import { WalkingFigure } from './WalkingFigure';
import { WallBallFigure } from './WallBallFigure';
import './illustrations.css';

// A Record, so a new id in core/illustrations.ts does not compile until it has a figure.
const FIGURES: Record<IllustrationId, () => JSX.Element> = {
  'sit-tall': SitTallFigure,
  'chin-tuck': ChinTuckFigure,
  'neck-half-circle': NeckHalfCircleFigure,
  'ear-to-shoulder': EarToShoulderFigure,
  'shoulder-rolls': ShoulderRollsFigure,
  'wall-ball-lean': () => <WallBallFigure variant="lean" />,
  'wall-ball-roll': () => <WallBallFigure variant="roll" />,
  'wall-ball-hold': () => <WallBallFigure variant="hold" />,
  'wall-ball-upper': () => <WallBallFigure variant="upper" />,
  'jaw-press': JawPressFigure,
  'jaw-open-close': JawOpenCloseFigure,
  'hip-ball-wall': HipBallWallFigure,
  'hip-ball-seated': HipBallSeatedFigure,
  'calf-ball-seated': CalfBallSeatedFigure,
  'calf-stretch': CalfStretchFigure,
  'stand-up': StandUpFigure,
  walk: WalkingFigure,
  'drink-water': DrinkingFigure,
  breathe: BreathingFigure,
};

/**
 * Decorative (the step's text stands beside it), so hidden from assistive technology.
 * Figures are drawn for the left side; the right side is the same figure mirrored about the centre.
 */
export function StepIllustration({ id, side, size }: { id: IllustrationId; side?: Side; size?: 'small' | 'large' }) {
  const Figure = FIGURES[id];
  return (
    <svg
      viewBox="0 0 200 200"
      aria-hidden="true"
      focusable="false"
      class={`illus illus--${id}${size ? ` illus--${size}` : ''}`}
      data-illustration={id}
    >
      {side === 'right' ? (
        <g class="illus__mirror" transform="translate(200 0) scale(-1 1)">
          <Figure />
        </g>
      ) : (
        <Figure />
      )}
    </svg>
  );
}
