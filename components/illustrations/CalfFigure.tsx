// The calves: seated with a ball under the calf on a low stool, and the standing calf stretch at a wall.
import { Ball, Chair, Floor, Head, Limb, Moving, Wall } from './parts';

/** Seated, the near leg stretched out with the calf on a ball that rolls slowly under it. */
export function CalfBallSeatedFigure() {
  return (
    <g>
      <Floor />
      <Chair x={40} seat={140} />
      <rect class="illus-stool" x={116} y={165} width={70} height={23} rx={4} />
      <Limb kind="leg" far points={[[68, 128], [112, 128], [114, 179], [130, 180]]} />
      <Moving move="ball-roll-along">
        <Ball at={[142, 153]} />
      </Moving>
      <Limb kind="arm" far points={[[67, 96], [74, 118], [96, 124]]} />
      <Limb kind="neck" points={[[65, 82], [68, 70]]} />
      <Limb kind="torso" points={[[64, 94], [66, 122]]} />
      <Head at={[70, 59]} view="side" />
      <Limb kind="leg" points={[[66, 128], [110, 132], [162, 136], [167, 122]]} />
      <Limb kind="arm" points={[[65, 97], [72, 121], [96, 128]]} />
    </g>
  );
}

/** Hands on the wall, the near leg straight back with the heel down, leaning gently in. */
export function CalfStretchFigure() {
  return (
    <g>
      <Wall face={160} side="right" />
      <Floor to={160} />
      <Limb kind="arm" far points={[[119, 66], [141, 70], [151, 52]]} />
      <Limb kind="leg" far points={[[105, 100], [128, 134], [126, 179], [142, 180]]} />
      <Limb kind="leg" points={[[103, 100], [83, 140], [62, 179], [78, 181]]} />
      <Moving move="lean-in">
        <Limb kind="neck" points={[[119, 54], [125, 44]]} />
        <Limb kind="torso" points={[[116, 66], [104, 96]]} />
        <Head at={[130, 36]} view="side" />
      </Moving>
      <Limb kind="arm" points={[[117, 68], [140, 74], [151, 56]]} />
    </g>
  );
}
