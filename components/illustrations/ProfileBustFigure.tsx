// The upper body seen from the side, close up: the chin tuck and shoulder rolls.
import { Arrow, BodyShape, Head, Limb, Moving } from './parts';
import { SHOULDER, SideHeadAndNeck, SideTorso } from './UpperBodySide';

/** The head glides straight back over the shoulders; a dotted outline marks where it started. */
export function ChinTuckFigure() {
  return (
    <g>
      <circle class="illus-ghost" cx={122} cy={84} r={30} />
      <Moving move="glide-back">
        <Limb kind="neck" width={26} points={[[98, 150], [101, 110]]} />
      </Moving>
      <BodyShape d="M54 214 C52 178 56 152 76 140 C92 132 116 132 130 142 C142 152 146 180 146 214 Z" />
      <Moving move="glide-back">
        <Head at={[106, 82]} r={30} view="side" />
      </Moving>
      <Arrow d="M180 86 L154 86" tips={[[152, 86, 180]]} />
    </g>
  );
}

/**
 * The near shoulder circles up, back and down. Two nested turns that cancel each other carry
 * the arm around a small circle without tipping it.
 */
export function ShoulderRollsFigure() {
  return (
    <g>
      <SideTorso />
      <SideHeadAndNeck />
      <Moving move="orbit" origin={[SHOULDER[0], SHOULDER[1] - 6]}>
        <Moving move="orbit-counter" origin={SHOULDER}>
          <Limb kind="arm" width={17} points={[SHOULDER, [100, 160], [128, 180]]} />
        </Moving>
      </Moving>
      <Arrow d="M124 100 A30 30 0 1 0 81 136" tips={[[80, 136, 30]]} />
    </g>
  );
}
