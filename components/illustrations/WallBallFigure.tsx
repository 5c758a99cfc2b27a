// Standing with the back to a wall and a ball between shoulder blade and wall: lean, roll, hold, upper shoulder.
import { BackInset } from './BackInset';
import { Arrow, Ball, Floor, Head, Limb, Moving, Wall } from './parts';

type Variant = 'lean' | 'roll' | 'hold' | 'upper';

/**
 * Seen from the side, facing right, so the near side is the left: the ball sits on the near
 * shoulder blade. For the upper shoulder the knees bend a little more and the ball rides higher.
 */
export function WallBallFigure({ variant }: { variant: Variant }) {
  const upper = variant === 'upper';
  const ball = upper ? ([56, 64] as const) : ([56, 84] as const);
  // Rolling and the upper-shoulder work move the body up and down the wall.
  const rolls = variant === 'roll' || upper;
  const legs = (
    <>
      <Limb kind="leg" far points={[[90, 114], [96, 148], [89, 179], [105, 180]]} />
      <Limb kind="leg" points={[[88, 114], [93, 149], [85, 179], [101, 180]]} />
    </>
  );
  const body = (
    <>
      <Limb kind="arm" far points={[[88, 74], [93, 100], [99, 121]]} />
      <Limb kind="neck" points={[[86, 58], [91, 44]]} />
      <Limb kind="torso" points={[[84, 72], [88, 110]]} />
      <Head at={[94, 34]} view="side" />
      <Limb kind="arm" points={[[85, 76], [90, 102], [97, 122]]} />
    </>
  );
  return (
    <g>
      <Wall face={44} side="left" />
      <Floor from={44} />
      {variant === 'lean' && (
        <Moving move="lean-back" origin={[90, 180]}>
          {legs}
          {body}
        </Moving>
      )}
      {variant === 'hold' && (
        <>
          {legs}
          <Moving move="breathe" origin={[88, 112]}>
            {body}
          </Moving>
          <Moving move="exhale">
            <path class="illus-breath" d="M116 44 q6 -2 12 0 M118 51 q7 -1 14 2" />
          </Moving>
        </>
      )}
      {rolls && (
        <>
          <Moving move="knees-bend" origin={[90, 180]}>
            {legs}
          </Moving>
          <Moving move="slide-down">{body}</Moving>
        </>
      )}
      {variant === 'lean' && (
        <Moving move="ball-squash">
          <Ball at={ball} />
        </Moving>
      )}
      {variant === 'hold' && (
        <>
          <Moving move="pulse">
            <circle class="illus-pressure" cx={ball[0]} cy={ball[1]} r={17} />
          </Moving>
          <Ball at={ball} />
        </>
      )}
      {rolls && (
        <Moving move="ball-roll-wall-left">
          <Ball at={ball} />
        </Moving>
      )}
      {rolls && <Arrow d={`M120 ${ball[1] - 13} L120 ${ball[1] + 13}`} tips={[[120, ball[1] - 14, -90], [120, ball[1] + 14, 90]]} />}
      <BackInset spot={upper ? 'upper' : 'blade'} />
    </g>
  );
}
