// Standing and drinking a glass of water, seen from the side: the glass tips slowly, the head follows.
import { Floor, Head, Limb, Moving } from './parts';

const NECK_BASE = [97, 58] as const;
const HAND = [126, 58] as const;

export function DrinkingFigure() {
  return (
    <g>
      <Floor />
      <Limb kind="leg" far points={[[98, 112], [100, 146], [100, 179], [116, 180]]} />
      <Limb kind="leg" points={[[96, 112], [97, 146], [95, 179], [111, 180]]} />
      <Limb kind="arm" far points={[[98, 74], [100, 100], [104, 120]]} />
      <Limb kind="torso" points={[[95, 70], [96, 108]]} />
      <Moving move="sip-head" origin={NECK_BASE}>
        <Limb kind="neck" points={[NECK_BASE, [99, 46]]} />
        <Head at={[102, 35]} view="side" />
      </Moving>
      <Limb kind="arm" points={[[96, 74], [120, 92], HAND]} />
      <g transform={`rotate(-28 ${HAND[0]} ${HAND[1]})`}>
        <Moving move="sip-glass" origin={HAND}>
          <path class="illus-water" d="M117 54 L135 54 L133 70 L119 70 Z" />
          <path class="illus-glass" d="M115 44 L137 44 L134 72 L118 72 Z" />
        </Moving>
      </g>
    </g>
  );
}
