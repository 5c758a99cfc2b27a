// Head and shoulders seen from the front, close up: slow neck half-circles and the ear-to-shoulder hold.
import type { ComponentChildren } from 'preact';
import { Arrow, BodyShape, Head, Limb, Moving } from './parts';

// The head turns about a point low in the neck, hidden behind the shoulders.
const PIVOT = [100, 150] as const;

/** The shoulders in front of the neck's base, so the neck can tilt without showing its end. */
function Bust({ children }: { children: ComponentChildren }) {
  return (
    <g>
      {children}
      <BodyShape d="M18 214 C18 174 32 152 64 144 Q100 136 136 144 C168 152 182 174 182 214 Z" />
    </g>
  );
}

function HeadAndNeck() {
  return (
    <>
      <Limb kind="neck" width={26} points={[[100, 156], [100, 110]]} />
      <Head at={[100, 84]} r={30} view="front" />
    </>
  );
}

/** The head sweeps from one ear over the shoulder, down to the chest and up to the other side; never backwards. */
export function NeckHalfCircleFigure() {
  return (
    <g>
      <Bust>
        <Moving move="half-circle" origin={PIVOT}>
          <HeadAndNeck />
        </Moving>
      </Bust>
      <Arrow d="M50 76 A50 54 0 0 0 150 76" tips={[[50, 72, -90], [150, 72, -90]]} />
    </g>
  );
}

/** The head tilts towards the left shoulder (the viewer's right) and rests there. */
export function EarToShoulderFigure() {
  return (
    <g>
      <Bust>
        <g transform={`rotate(20 ${PIVOT[0]} ${PIVOT[1]})`}>
          <Moving move="tilt-hold" origin={PIVOT}>
            <HeadAndNeck />
          </Moving>
        </g>
      </Bust>
      <Arrow d="M124 34 Q160 42 170 86" tips={[[171, 90, 80]]} />
    </g>
  );
}
