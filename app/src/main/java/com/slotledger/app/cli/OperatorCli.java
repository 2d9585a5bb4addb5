package com.slotledger.app.cli;

import com.slotledger.api.entitlement.SlotStatus;
import com.slotledger.api.shared.Actor;
import com.slotledger.command.entitlement.BulkSlotActions;
import com.slotledger.command.entitlement.BulkSlotActions.BulkResult;
import com.slotledger.command.shared.Ids;
import com.slotledger.query.entitlement.CandidateProjection;
import com.slotledger.query.entitlement.CandidateViewRepository;
import com.slotledger.query.entitlement.SlotStatusReport;
import com.slotledger.query.shared.Projections;
import com.slotledger.query.shared.ReadYourWrites;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The seed's management command: {@code exam-slots status|assign|reset|reassign [--trade T] [--dry-run]}.
 * It starts the application without its HTTP server and acts as the system user.
 */
public final class OperatorCli {

    private OperatorCli() {
    }

    public static int run(String... args) {
        return run(Map.of(), System.out, args);
    }

    /** Runs with extra configuration properties (tests point it at their database) and a chosen output. */
    public static int run(Map<String, Object> properties, PrintStream out, String... args) {
        CommandLine cli = new CommandLine(new Root()).addSubcommand(new ExamSlots(properties, out));
        CentreOperations.commands(properties, out).forEach(cli::addSubcommand);
        CentreDataCommands.commands(properties, out).forEach(cli::addSubcommand);
        return cli.execute(args);
    }

    @Command(name = "slotledger", mixinStandardHelpOptions = true, description = "SlotLedger operator commands")
    static final class Root {
    }

    @Command(name = "exam-slots", mixinStandardHelpOptions = true,
            description = "Show or change candidates' exam slots, optionally for one trade.")
    static final class ExamSlots implements Callable<Integer> {

        private final Map<String, Object> properties;
        private final PrintStream out;

        @Parameters(index = "0", description = "status, assign, reset or reassign")
        String action;

        @Option(names = "--trade", description = "only candidates of this trade")
        String trade;

        @Option(names = "--dry-run", description = "report what would change, change nothing")
        boolean dryRun;

        ExamSlots(Map<String, Object> properties, PrintStream out) {
            this.properties = properties;
            this.out = out;
        }

        @Override
        public Integer call() {
            try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
                if ("status".equalsIgnoreCase(action)) {
                    printStatus(context);
                    return 0;
                }
                BulkResult result = context.getBean(BulkSlotActions.class).run(BulkSlotActions.parse(action), trade,
                        dryRun, Actor.system(Ids.newId()));
                result.outcomes().forEach(outcome -> out.printf("%s  %s%s%n", outcome.candidateId(), outcome.outcome(),
                        outcome.code() == null ? "" : "  " + outcome.code() + ": " + outcome.detail()));
                out.printf("%s%s: %d candidates, %d %s, %d refused%n", result.action(), dryRun ? " (dry run)" : "",
                        result.total(), result.applied(), dryRun ? "would change" : "changed", result.refused());
                return 0;
            }
        }

        private void printStatus(ApplicationContext context) {
            long head = context.getBean(Projections.class).find(CandidateProjection.NAME).orElseThrow().head();
            context.getBean(ReadYourWrites.class).await(CandidateProjection.NAME, head);
            SlotStatusReport report = SlotStatusReport.of(trade,
                    context.getBean(CandidateViewRepository.class).search(trade, (SlotStatus) null, null));
            report.candidates().forEach((status, views) -> {
                out.printf("%-10s %d%n", status, views.size());
                views.forEach(view -> out.printf("    %s  %s  %s%n", view.rollNumber(), view.name(), view.trade()));
            });
        }
    }
}
