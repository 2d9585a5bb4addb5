package com.slotledger.recognition.evaluation;

import java.util.List;

/**
 * The recognition module's measurements: {@code evaluate} (ORL accuracy) and {@code benchmark [frames]} (frames
 * per second over synthetic classroom video). Not tests: figures, printed. See README, Recognition.
 */
public final class RecognitionTool {

    private RecognitionTool() {
    }

    public static void main(String[] args) throws Exception {
        List<String> commands = args.length == 0 ? List.of("evaluate", "benchmark") : List.of(args);
        var dataset = OrlDataset.locate();
        if (dataset.isEmpty()) {
            System.out.println("skipped: " + OrlDataset.whereLooked());
            return;
        }
        System.out.printf("machine: %d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int i = 0; i < commands.size(); i++) {
            switch (commands.get(i)) {
                case "evaluate" -> new OrlEvaluation(dataset.get(), System.out).run();
                case "benchmark" -> {
                    int frames = i + 1 < commands.size() && commands.get(i + 1).matches("\\d+")
                            ? Integer.parseInt(commands.get(++i)) : 200;
                    new PipelineBenchmark(dataset.get(), System.out).run(frames);
                }
                default -> throw new IllegalArgumentException("unknown command " + commands.get(i)
                        + " (evaluate, benchmark [frames])");
            }
        }
    }
}
