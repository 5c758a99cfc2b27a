// @vitest-environment jsdom
// Every illustration id draws a decorative figure, and the right side is the left one mirrored.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StepIllustration } from '../../components/illustrations/StepIllustration';
import { ILLUSTRATION_IDS } from '../../core/illustrations';

const SHAPES = 'path, circle, ellipse, rect, line, polyline, polygon';

/** The transform on the figure as a whole (a hand inside a figure may be mirrored on its own). */
const figureTransform = (svg: SVGSVGElement) => svg.firstElementChild?.getAttribute('transform') ?? '';

afterEach(cleanup);

function svgOf(container: Element): SVGSVGElement {
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no svg rendered');
  return svg;
}

describe('StepIllustration', () => {
  it.each(ILLUSTRATION_IDS)('draws %s as a decorative svg', (id) => {
    const svg = svgOf(render(<StepIllustration id={id} />).container);
    expect(svg.getAttribute('data-illustration')).toBe(id);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('viewBox')).toBe('0 0 200 200');
    expect(svg.classList.contains(`illus--${id}`)).toBe(true);
    expect(svg.querySelectorAll(SHAPES).length).toBeGreaterThanOrEqual(3);
    expect(figureTransform(svg)).not.toContain('scale(-1');
  });

  it('mirrors a right-side figure about the centre and draws the left side as is', () => {
    const right = svgOf(render(<StepIllustration id="ear-to-shoulder" side="right" />).container);
    expect(figureTransform(right)).toBe('translate(200 0) scale(-1 1)');
    expect(right.firstElementChild?.querySelectorAll(SHAPES).length).toBeGreaterThanOrEqual(3);
    cleanup();

    const left = svgOf(render(<StepIllustration id="ear-to-shoulder" side="left" />).container);
    expect(figureTransform(left)).not.toContain('scale(-1');
  });

  it('sets the size class', () => {
    const small = svgOf(render(<StepIllustration id="walk" size="small" />).container);
    expect(small.classList.contains('illus--small')).toBe(true);
    cleanup();
    const large = svgOf(render(<StepIllustration id="walk" size="large" />).container);
    expect(large.classList.contains('illus--large')).toBe(true);
  });

  it('draws the massage ball only in the figures that use one', () => {
    const withBall = ILLUSTRATION_IDS.filter((id) => {
      const found = svgOf(render(<StepIllustration id={id} />).container).querySelector('.illus-ball') !== null;
      cleanup();
      return found;
    });
    expect(withBall).toEqual(['wall-ball-lean', 'wall-ball-roll', 'wall-ball-hold', 'wall-ball-upper', 'hip-ball-wall', 'hip-ball-seated', 'calf-ball-seated']);
  });
});
