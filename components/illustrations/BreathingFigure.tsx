// Standing calmly, seen from the front, eyes closed: a slow breath in and out.
import { Floor, Head, Limb, Moving } from './parts';

export function BreathingFigure() {
  return (
    <g>
      <Moving move="halo">
        <circle class="illus-halo" cx={100} cy={98} r={82} />
      </Moving>
      <Floor from={40} to={160} />
      <Limb kind="leg" points={[[91, 114], [90, 148], [89, 179], [79, 181]]} />
      <Limb kind="leg" points={[[109, 114], [110, 148], [111, 179], [121, 181]]} />
      <Moving move="breathe" origin={[100, 114]}>
        <Limb kind="neck" points={[[100, 60], [100, 46]]} />
        <Limb kind="torso" width={34} points={[[100, 72], [100, 104]]} />
        <Limb kind="arm" points={[[80, 72], [74, 98], [74, 122]]} />
        <Limb kind="arm" points={[[120, 72], [126, 98], [126, 122]]} />
        <Head at={[100, 34]} view="front" eyes="closed" />
      </Moving>
    </g>
  );
}
