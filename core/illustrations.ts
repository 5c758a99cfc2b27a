// The names of the step illustrations: the catalogue refers to them, components/illustrations draws them.

export const ILLUSTRATION_IDS = [
  'sit-tall', // seated upright, shoulders relaxed
  'chin-tuck', // head glides straight back, double chin
  'neck-half-circle', // head sweeps slowly ear-to-shoulder, chin-to-chest, other side (front half only)
  'ear-to-shoulder', // head tilted to one side, held (mirrored by side)
  'shoulder-rolls', // shoulders circle up, back and down
  'wall-ball-lean', // person standing with back to a wall, ball between shoulder blade and wall
  'wall-ball-roll', // same, bending knees slightly to roll the ball up and down
  'wall-ball-hold', // same, still, breathing out (pressure hold on a tender spot)
  'wall-ball-upper', // ball at the top of the shoulder blade / neck-shoulder junction against a wall
  'jaw-press', // fingertips on the chewing muscle in front of the ear
  'jaw-open-close', // mouth opening and closing slowly
  'hip-ball-wall', // ball between the side of the buttock and a wall
  'hip-ball-seated', // sitting on a chair with the ball under one buttock
  'calf-ball-seated', // seated, ball under the calf on the floor or a low stool
  'calf-stretch', // standing calf stretch, hands on a wall, one leg back
  'stand-up', // rising from a chair
  'walk', // walking
  'drink-water', // drinking a glass of water
  'breathe', // calm standing, slow breath
] as const;

export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];

/** Illustrations of one side of the body are drawn for the left and mirrored for the right. */
export type Side = 'left' | 'right';
