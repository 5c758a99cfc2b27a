// Rising from the chair, seen from the side: leaning forward, arms reaching ahead, hips lifting.
import { Arrow, Chair, Floor, Head, Limb, Moving } from './parts';

/** Caught halfway up; the body keeps rising a little as the legs straighten. */
export function StandUpFigure() {
  return (
    <g>
      <Floor />
      <Chair x={36} seat={140} />
      <Moving move="straighten" origin={[120, 180]}>
        <Limb kind="leg" far points={[[86, 110], [116, 120], [115, 179], [131, 180]]} />
        <Limb kind="leg" points={[[84, 112], [120, 124], [120, 179], [136, 180]]} />
      </Moving>
      <Moving move="rise">
        <Limb kind="arm" far points={[[106, 76], [126, 84], [146, 86]]} />
        <Limb kind="neck" points={[[107, 62], [113, 52]]} />
        <Limb kind="torso" points={[[104, 74], [86, 106]]} />
        <Head at={[118, 43]} view="side" />
        <Limb kind="arm" points={[[104, 78], [124, 88], [144, 92]]} />
      </Moving>
      <Arrow d="M62 122 Q58 84 82 64" tips={[[84, 62, -40]]} />
    </g>
  );
}
