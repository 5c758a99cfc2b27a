// The calves: seated with a ball under the calf on a low stool, and the standing calf stretch at a wall.
import { Ball, Chair, Floor, Head, Limb, Moving, Wall } from './parts';

/** Seated, the near leg stretched out with the calf on a ball that rolls slowly under it. */
export function CalfBallSeatedFigure() {
  return (
    <g>
      <Floor />
      <Chair x={40} seat={124} />
      <rect class="illus-stool" x={118} y={149} width={66} height={39} rx={4} />
      <Limb kind="leg" far points={[[68, 112], [112, 112], [114, 179], [130, 180]]} />
      <Moving move="ball-roll-along">
        <Ball at={[142, 138]} />
      </Moving>
      <Limb kind="arm" far points={[[68, 74], [76, 98], [96, 106]]} />
      <Limb kind="neck" points={[[66, 56], [69, 44]]} />
      <Limb kind="torso" points={[[64, 70], [66, 104]]} />
      <Head at={[72, 34]} view="side" />
      <Limb kind="leg" points={[[66, 112], [112, 118], [162, 124], [166, 110]]} />
      <Limb kind="arm" points={[[66, 74], [74, 100], [98, 110]]} />
    </g>
  );
}

/** Hands on the wall, the near leg straight back with the heel down, leaning gently in. */
export function CalfStretchFigure() {
  return (
    <g>
      <Wall face={160} side="right" />
      <Floor to={160} />
      <Limb kind="arm" far points={[[122, 72], [140, 80], [152, 66]]} />
      <Limb kind="leg" far points={[[106, 114], [128, 144], [126, 179], [142, 180]]} />
      <Limb kind="leg" points={[[104, 114], [84, 147], [62, 179], [78, 181]]} />
      <Moving move="lean-in">
        <Limb kind="neck" points={[[124, 58], [131, 48]]} />
        <Limb kind="torso" points={[[120, 74], [106, 108]]} />
        <Head at={[136, 40]} view="side" />
      </Moving>
      <Limb kind="arm" points={[[120, 76], [140, 86], [151, 72]]} />
    </g>
  );
}
