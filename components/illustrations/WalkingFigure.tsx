// Walking, seen from the side: legs and arms swing in turn and the body bobs a little.
import type { ComponentChildren } from 'preact';
import { Floor, Head, Limb, Moving, type Pt } from './parts';

const HIP = [98, 96] as const;
const SHOULDER = [99, 64] as const;
const LEG = [HIP, [100, 137], [98, 179], [113, 180]] as const;
const ARM = [SHOULDER, [99, 89], [103, 110]] as const;

/** A limb drawn hanging straight, turned to its place in the stride, then swung by the stylesheet. */
function Swing({ at, angle, move, children }: { at: Pt; angle: number; move: string; children: ComponentChildren }) {
  return (
    <g transform={`rotate(${angle} ${at[0]} ${at[1]})`}>
      <Moving move={move} origin={at}>
        {children}
      </Moving>
    </g>
  );
}

export function WalkingFigure() {
  return (
    <g>
      <Floor />
      <Moving move="bob">
        <Swing at={SHOULDER} angle={-18} move="swing-back">
          <Limb kind="arm" far points={ARM} />
        </Swing>
        <Swing at={HIP} angle={18} move="swing-forward">
          <Limb kind="leg" far points={LEG} />
        </Swing>
        <Swing at={HIP} angle={-18} move="swing-back">
          <Limb kind="leg" points={LEG} />
        </Swing>
        <Limb kind="neck" points={[[100, 50], [103, 38]]} />
        <Limb kind="torso" points={[[99, 62], [98, 92]]} />
        <Head at={[105, 27]} view="side" />
        <Swing at={SHOULDER} angle={18} move="swing-forward">
          <Limb kind="arm" points={ARM} />
        </Swing>
      </Moving>
    </g>
  );
}
