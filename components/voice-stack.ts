// Voice guidance's code (the speech script, the guide): loaded into the player only while voice guidance is on.
export { VoiceGuide } from './VoiceGuide';
