// Drinking a glass of water, the upper body seen from the side: the glass tips slowly and the head follows.
import { Limb, Moving } from './parts';
import { NECK_BASE, SHOULDER, SideHeadAndNeck, SideTorso } from './UpperBodySide';

// The glass is drawn upright with the middle of its rim here, at the lips, then tipped about it.
const RIM = [121, 63] as const;

export function DrinkingFigure() {
  const [x, y] = RIM;
  return (
    <g>
      <SideTorso />
      <g transform={`rotate(-10 ${NECK_BASE[0]} ${NECK_BASE[1]})`}>
        <Moving move="sip-head" origin={NECK_BASE}>
          <SideHeadAndNeck />
        </Moving>
      </g>
      <Limb kind="arm" width={17} points={[SHOULDER, [142, 114], [135, 60]]} />
      <g transform={`rotate(-112 ${x} ${y})`}>
        <Moving move="sip-glass" origin={RIM}>
          <path class="illus-water" d={`M${x - 11} ${y + 2} L${x + 11} ${y + 2} L${x + 10} ${y + 14} L${x - 10} ${y + 14} Z`} />
          <path class="illus-glass" d={`M${x - 12} ${y} L${x + 12} ${y} L${x + 9} ${y + 32} L${x - 9} ${y + 32} Z`} />
        </Moving>
      </g>
    </g>
  );
}
