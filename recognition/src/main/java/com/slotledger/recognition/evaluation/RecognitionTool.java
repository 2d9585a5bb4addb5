package com.slotledger.recognition.evaluation;

import java.util.List;

/**
 * The recognition module's measurements, run by {@code ./mvnw -Peval}: {@code evaluate} (ORL accuracy) and
 * {@code benchmark} (frames per second over synthetic classroom frames). Not tests: figures, printed.
 */
public final class RecognitionTool {

    private RecognitionTool() {
    }

    public static void main(String[] args) throws Exception {
        List<String> commands = args.length == 0 ? List.of("evaluate", "benchmark") : List.of(args);
        for (String command : commands) {
            switch (command) {
                case "evaluate" -> OrlDataset.locate().ifPresentOrElse(
                        dataset -> new OrlEvaluation(dataset, System.out).run(),
                        () -> System.out.println("evaluate skipped: " + OrlDataset.whereLooked()));
                default -> throw new IllegalArgumentException("unknown command " + command + " (evaluate, benchmark)");
            }
        }
    }
}
