// Rising from the chair, seen from the side: leaning forward, hands on the thighs, hips lifting.
import { Arrow, Chair, Floor, Head, Limb, Moving } from './parts';

/** Caught halfway up; the body keeps rising a little as the legs straighten. */
export function StandUpFigure() {
  return (
    <g>
      <Floor />
      <Chair x={36} seat={124} />
      <Moving move="straighten" origin={[120, 180]}>
        <Limb kind="leg" far points={[[86, 102], [118, 112], [116, 179], [132, 180]]} />
        <Limb kind="leg" points={[[84, 104], [122, 116], [121, 179], [137, 180]]} />
      </Moving>
      <Moving move="rise">
        <Limb kind="arm" far points={[[110, 70], [116, 94], [116, 110]]} />
        <Limb kind="neck" points={[[112, 56], [121, 46]]} />
        <Limb kind="torso" points={[[108, 70], [88, 100]]} />
        <Head at={[128, 38]} view="side" />
        <Limb kind="arm" points={[[108, 72], [116, 96], [120, 113]]} />
      </Moving>
      <Arrow d="M60 104 Q58 72 82 52" tips={[[84, 50, -40]]} />
    </g>
  );
}
