package com.slotledger.recognition.run;

/**
 * Where recognition results go. The app binds it to the RecognitionDetected command (in-process) or to the
 * recognition callback (a separate process); the module itself never touches attendance.
 */
public interface RecognitionSink {

    /** Called once per student per run, from the run's thread. */
    void recognised(StudentRecognised decision);

    /** Called once when a run ends, however it ends. */
    void finished(RunSummary summary);
}
