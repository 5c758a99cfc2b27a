// Standing calmly, seen from the front, eyes closed: a slow breath in and out.
import { Floor, FrontTorso, Head, Limb, Moving } from './parts';

export function BreathingFigure() {
  return (
    <g>
      <Moving move="halo">
        <circle class="illus-halo" cx={100} cy={100} r={84} />
      </Moving>
      <Floor from={40} to={160} />
      <Limb kind="leg" points={[[91, 96], [90, 137], [89, 179], [80, 181]]} />
      <Limb kind="leg" points={[[109, 96], [110, 137], [111, 179], [120, 181]]} />
      <Moving move="breathe" origin={[100, 100]}>
        <Limb kind="neck" points={[[100, 56], [100, 40]]} />
        <FrontTorso top={[100, 52]} bottom={[100, 102]} />
        <Limb kind="arm" points={[[80, 60], [75, 84], [75, 108]]} />
        <Limb kind="arm" points={[[120, 60], [125, 84], [125, 108]]} />
        <Head at={[100, 27]} view="front" eyes="closed" />
      </Moving>
    </g>
  );
}
