// Head and shoulders seen from the front, close up: slow neck half-circles and the ear-to-shoulder hold.
import type { ComponentChildren } from 'preact';
import { Arrow, BodyShape, Head, Limb, Moving } from './parts';

const NECK_BASE = [100, 132] as const;

function Bust({ children }: { children: ComponentChildren }) {
  return (
    <g>
      {children}
      <BodyShape d="M30 212 C30 160 56 138 100 138 C144 138 170 160 170 212 Z" />
    </g>
  );
}

function HeadAndNeck() {
  return (
    <>
      <Limb kind="neck" width={24} points={[NECK_BASE, [100, 96]]} />
      <Head at={[100, 74]} r={30} view="front" />
    </>
  );
}

/** The head sweeps from one ear over the shoulder, down to the chest and up to the other side; never backwards. */
export function NeckHalfCircleFigure() {
  return (
    <g>
      <Bust>
        <Moving move="half-circle" origin={NECK_BASE}>
          <HeadAndNeck />
        </Moving>
      </Bust>
      <Arrow d="M44 104 Q100 176 156 104" tips={[[42, 101, -125], [158, 101, -55]]} />
    </g>
  );
}

/** The head tilts towards the left shoulder (the viewer's right) and rests there. */
export function EarToShoulderFigure() {
  return (
    <g>
      <Bust>
        <g transform={`rotate(24 ${NECK_BASE[0]} ${NECK_BASE[1]})`}>
          <Moving move="tilt-hold" origin={NECK_BASE}>
            <HeadAndNeck />
          </Moving>
        </g>
      </Bust>
      <Arrow d="M124 26 Q160 36 168 80" tips={[[169, 84, 80]]} />
    </g>
  );
}
