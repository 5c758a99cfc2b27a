// Head and shoulders seen from the side, close up: the chin tuck and shoulder rolls.
import { Arrow, BodyShape, Head, Limb, Moving } from './parts';

const CHEST = 'M50 212 C52 172 58 148 80 136 C96 128 118 130 130 146 C138 160 142 190 142 212 Z';

/** The head glides straight back over the shoulders (a faint outline marks where it started). */
export function ChinTuckFigure() {
  return (
    <g>
      <circle class="illus-ghost" cx={124} cy={72} r={30} />
      <Moving move="glide-back">
        <Limb kind="neck" width={24} points={[[96, 138], [104, 98]]} />
      </Moving>
      <BodyShape d={CHEST} />
      <Moving move="glide-back">
        <Head at={[110, 72]} r={30} view="side" />
      </Moving>
      <Arrow d="M178 76 L150 76" tips={[[148, 76, 180]]} />
    </g>
  );
}

/**
 * The near shoulder circles up, back and down. Two nested turns that cancel each other move
 * the arm around a small circle without turning it.
 */
export function ShoulderRollsFigure() {
  return (
    <g>
      <Limb kind="neck" width={24} points={[[96, 138], [104, 98]]} />
      <BodyShape d={CHEST} />
      <Head at={[110, 72]} r={30} view="side" />
      <Moving move="orbit" origin={[96, 148]}>
        <Moving move="orbit-counter" origin={[96, 152]}>
          <Limb kind="arm" width={26} points={[[96, 152], [100, 214]]} />
        </Moving>
      </Moving>
      <Arrow d="M128 132 A34 34 0 1 0 132 168" tips={[[133, 170, 60]]} />
    </g>
  );
}
