// Chrome's offscreen document: plays the chime when the background worker asks (the worker itself has no audio).
import { playChimeOnRequest } from '../../platform/background-chime';

playChimeOnRequest();
