/**
 * What is built on top of the generated calls: walking every page of a list, waiting until a
 * model is trained, checking and saving the WAV candidates of a voice design, and live speech
 * sessions ({@link fishaudio.client.helpers.LiveSpeech}) over the generated live messages.
 */
package fishaudio.client.helpers;
