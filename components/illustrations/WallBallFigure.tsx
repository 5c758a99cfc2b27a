// Standing with the back to a wall and a ball between shoulder blade and wall: lean, roll, hold, upper shoulder.
import { BackInset } from './BackInset';
import { Arrow, Ball, Floor, Head, Limb, Moving, Wall } from './parts';

type Variant = 'lean' | 'roll' | 'hold' | 'upper';

const FEET = [88, 180] as const;

function Legs() {
  return (
    <>
      <Limb kind="leg" far points={[[90, 96], [96, 136], [89, 179], [105, 180]]} />
      <Limb kind="leg" points={[[88, 96], [93, 137], [85, 179], [101, 180]]} />
    </>
  );
}

function UpperBody() {
  return (
    <>
      <Limb kind="arm" far points={[[87, 64], [92, 89], [98, 110]]} />
      <Limb kind="neck" points={[[86, 50], [90, 38]]} />
      <Limb kind="torso" points={[[84, 62], [88, 92]]} />
      <Head at={[93, 27]} view="side" />
      <Limb kind="arm" points={[[85, 65], [89, 91], [95, 112]]} />
    </>
  );
}

/**
 * Seen from the side, facing right, so the near side is the left: the ball sits on the near
 * shoulder blade, or higher at the top of the shoulder for the upper-shoulder step.
 */
export function WallBallFigure({ variant }: { variant: Variant }) {
  const ball = variant === 'upper' ? ([57, 56] as const) : ([57, 74] as const);
  // Rolling, and the upper-shoulder work, move the body slowly up and down the wall.
  const rolls = variant === 'roll' || variant === 'upper';
  return (
    <g>
      <Wall face={44} side="left" />
      <Floor from={44} />
      {variant === 'lean' && (
        <>
          <Moving move="lean-back" origin={FEET}>
            <Legs />
            <UpperBody />
          </Moving>
          <Moving move="ball-squash">
            <Ball at={ball} />
          </Moving>
        </>
      )}
      {variant === 'hold' && (
        <>
          <Legs />
          <Moving move="breathe" origin={[88, 96]}>
            <UpperBody />
          </Moving>
          <Moving move="exhale">
            <path class="illus-breath" d="M118 34 q6 -2 12 0 M120 41 q7 -1 14 2" />
          </Moving>
          <Moving move="pulse">
            <circle class="illus-pressure" cx={ball[0]} cy={ball[1]} r={17} />
          </Moving>
          <Ball at={ball} />
        </>
      )}
      {rolls && (
        <>
          <Moving move="knees-bend" origin={FEET}>
            <Legs />
          </Moving>
          <Moving move="slide-down">
            <UpperBody />
          </Moving>
          <Moving move="ball-roll-wall-left">
            <Ball at={ball} />
          </Moving>
          <Arrow d={`M124 ${ball[1] - 12} L124 ${ball[1] + 12}`} tips={[[124, ball[1] - 13, -90], [124, ball[1] + 13, 90]]} />
        </>
      )}
      <BackInset spot={variant === 'upper' ? 'upper' : 'blade'} />
    </g>
  );
}
