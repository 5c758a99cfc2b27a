// Walking, seen from the side: legs and arms swing in turn and the body bobs a little.
import type { ComponentChildren } from 'preact';
import { Floor, Head, Limb, Moving } from './parts';

const HIP = [98, 110] as const;
const SHOULDER = [99, 74] as const;

/** A limb drawn hanging straight, turned into its stride pose, then swung by the stylesheet. */
function Swing({ at, angle, move, children }: { at: readonly [number, number]; angle: number; move: string; children: ComponentChildren }) {
  return (
    <g transform={`rotate(${angle} ${at[0]} ${at[1]})`}>
      <Moving move={move} origin={at}>
        {children}
      </Moving>
    </g>
  );
}

export function WalkingFigure() {
  const leg = [HIP, [100, 145], [98, 178], [113, 179]] as const;
  const arm = [SHOULDER, [99, 99], [103, 120]] as const;
  return (
    <g>
      <Floor />
      <Moving move="bob">
        <Swing at={SHOULDER} angle={-18} move="swing-back">
          <Limb kind="arm" far points={arm} />
        </Swing>
        <Swing at={HIP} angle={18} move="swing-forward">
          <Limb kind="leg" far points={leg} />
        </Swing>
        <Swing at={HIP} angle={-18} move="swing-back">
          <Limb kind="leg" points={leg} />
        </Swing>
        <Limb kind="neck" points={[[100, 56], [103, 44]]} />
        <Limb kind="torso" points={[[99, 70], [98, 106]]} />
        <Head at={[106, 34]} view="side" />
        <Swing at={SHOULDER} angle={18} move="swing-forward">
          <Limb kind="arm" points={arm} />
        </Swing>
      </Moving>
    </g>
  );
}
