// Standing side-on to a wall, seen from the front, with the ball between the side of the buttock and the wall.
import { Arrow, Ball, Floor, FrontTorso, Head, Limb, Moving, Wall } from './parts';

/**
 * The left hip (the viewer's right) leans into the ball and a forearm rests on the wall; bending
 * the knees a little rolls the ball slowly up and down.
 */
export function HipBallWallFigure() {
  return (
    <g>
      <Wall face={156} side="right" />
      <Floor to={156} />
      <Moving move="knees-bend" origin={[104, 180]}>
        <Limb kind="leg" points={[[105, 96], [98, 137], [93, 179], [83, 181]]} />
        <Limb kind="leg" points={[[123, 96], [119, 137], [114, 179], [124, 181]]} />
      </Moving>
      <Moving move="slide-down">
        <Limb kind="neck" points={[[108, 56], [107, 40]]} />
        <FrontTorso top={[108, 52]} bottom={[114, 102]} />
        <Limb kind="arm" points={[[88, 60], [84, 84], [86, 108]]} />
        <Limb kind="arm" points={[[128, 60], [146, 70], [149, 44]]} />
        <Head at={[106, 27]} view="front" />
      </Moving>
      <Moving move="ball-roll-wall-right">
        <Ball at={[145, 104]} />
      </Moving>
      <Arrow d="M176 92 L176 116" tips={[[176, 90, -90], [176, 118, 90]]} />
    </g>
  );
}
