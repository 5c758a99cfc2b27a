// Standing side-on to a wall, seen from the front, with the ball between the side of the buttock and the wall.
import { Arrow, Ball, Floor, Head, Limb, Moving, Wall } from './parts';

/**
 * The person's left hip (the viewer's right) leans into the ball; a hand on the wall steadies
 * them while they bend their knees a little to roll the ball up and down.
 */
export function HipBallWallFigure() {
  return (
    <g>
      <Wall face={156} side="right" />
      <Floor to={156} />
      <Moving move="knees-bend" origin={[100, 181]}>
        <Limb kind="leg" points={[[101, 118], [94, 150], [90, 179], [80, 181]]} />
        <Limb kind="leg" points={[[121, 118], [116, 150], [112, 179], [122, 181]]} />
      </Moving>
      <Moving move="slide-down">
        <Limb kind="neck" points={[[108, 60], [107, 48]]} />
        <Limb kind="torso" width={34} points={[[109, 74], [111, 108]]} />
        <Limb kind="arm" points={[[90, 76], [84, 100], [85, 122]]} />
        <Limb kind="arm" points={[[128, 76], [142, 92], [146, 66]]} />
        <Head at={[106, 36]} view="front" />
      </Moving>
      <Moving move="ball-roll-wall-right">
        <Ball at={[145, 118]} />
      </Moving>
      <Arrow d="M172 104 L172 132" tips={[[172, 102, -90], [172, 134, 90]]} />
    </g>
  );
}
