package com.slotledger.app.cli;

import com.slotledger.app.backup.BackupArchive;
import com.slotledger.app.backup.DatabaseBackup;
import com.slotledger.app.sync.Bundle;
import com.slotledger.app.sync.BundleCodec;
import com.slotledger.app.sync.BundleExporter;
import com.slotledger.app.sync.BundleImporter;
import com.slotledger.app.sync.SyncLedger;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.query.shared.ProjectionStatus;
import com.slotledger.query.shared.Projections;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * The seed's centre management commands: export/import of centre data as signed event bundles, sync_results,
 * backup and restore. Each starts the application without its HTTP server against the configured database.
 */
final class CentreOperations {

    private CentreOperations() {
    }

    static List<Object> commands(Map<String, Object> properties, PrintStream out) {
        return List.of(new Export(properties, out), new Import(properties, out), new SyncResults(properties, out),
                new Ledger(properties, out), new Backup(properties, out), new Restore(properties, out));
    }

    /** Runs one operation in a fresh context; a domain refusal prints its code and exits 2. */
    abstract static class Operation implements Callable<Integer> {

        private final Map<String, Object> properties;
        final PrintStream out;

        Operation(Map<String, Object> properties, PrintStream out) {
            this.properties = properties;
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
                run(context);
                return 0;
            } catch (DomainRejection rejection) {
                out.printf("REFUSED %s: %s%n", rejection.code(), rejection.detail());
                return 2;
            }
        }

        abstract void run(ApplicationContext context) throws Exception;

        void export(ApplicationContext context, String centre, long after, String scope, Path file) throws IOException {
            Bundle bundle = context.getBean(BundleExporter.class).export(centre, after, scope);
            Files.write(file, context.getBean(BundleCodec.class).write(bundle));
            Bundle.Manifest manifest = bundle.manifest();
            out.printf("exported %d events of centre %s (%s), positions %d..%d, %d files, to %s%n", manifest.count(),
                    manifest.sourceCentre(), manifest.scope(), manifest.afterPosition(), manifest.toPosition(),
                    bundle.files().size(), file);
        }
    }

    @Command(name = "export-centre-data", mixinStandardHelpOptions = true,
            description = "Write one centre's events after a position as a signed bundle file.")
    static final class Export extends Operation {
        @Option(names = "--centre-id", description = "the centre (default: this node's)")
        String centre;
        @Option(names = "--after", defaultValue = "0", description = "export events after this source position")
        long after;
        @Option(names = "--output-file", required = true)
        Path output;

        Export(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            export(context, centre, after, "all", output);
        }
    }

    @Command(name = "sync-results", mixinStandardHelpOptions = true,
            description = "Write a bundle of one centre's result events, for import at another centre or HQ.")
    static final class SyncResults extends Operation {
        @Option(names = "--source-centre", description = "the centre (default: this node's)")
        String centre;
        @Option(names = "--after", defaultValue = "0")
        long after;
        @Option(names = "--output-file", required = true)
        Path output;

        SyncResults(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            export(context, centre, after, "result", output);
        }
    }

    @Command(name = "import-centre-data", mixinStandardHelpOptions = true,
            description = "Verify and apply a bundle file (idempotent; all or nothing).")
    static final class Import extends Operation {
        @Option(names = "--input-file", required = true)
        Path input;

        Import(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            BundleImporter.Outcome outcome = context.getBean(BundleImporter.class).importBundle(Files.readAllBytes(input));
            out.printf("%s %d of %d events from %s/%s; received up to %d%n",
                    outcome.alreadyImported() ? "already imported:" : "imported", outcome.applied(), outcome.events(),
                    outcome.sourceNode(), outcome.sourceCentre(), outcome.receivedUpTo());
        }
    }

    @Command(name = "sync-ledger", mixinStandardHelpOptions = true, description = "Show what was received from whom.")
    static final class Ledger extends Operation {
        Ledger(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) {
            context.getBean(SyncLedger.class).entries().forEach(entry -> out.printf("%s/%s %s up to %d (%d bundles,"
                    + " %d events, last %s)%n", entry.sourceNode(), entry.sourceCentre(), entry.scope(),
                    entry.receivedUpTo(), entry.bundles(), entry.events(), entry.lastReceivedAt()));
        }
    }

    @Command(name = "backup-database", mixinStandardHelpOptions = true,
            description = "Write the event log, stored files and command-side tables to one verifiable archive.")
    static final class Backup extends Operation {
        @Option(names = "--output-file", required = true)
        Path output;

        Backup(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            try (OutputStream file = Files.newOutputStream(output)) {
                BackupArchive.Manifest manifest = context.getBean(DatabaseBackup.class).backup(file);
                out.printf("backup of %d tables up to event %d written to %s%n", manifest.tables().size(),
                        manifest.head(), output);
            }
        }
    }

    @Command(name = "restore-database", mixinStandardHelpOptions = true,
            description = "Restore an archive into a fresh database, then rebuild every projection by replay.")
    static final class Restore extends Operation {
        private static final Duration REBUILD_BOUND = Duration.ofMinutes(30);

        @Option(names = "--input-file", required = true)
        Path input;
        @Option(names = "--up-to-position", description = "keep only events up to this position")
        Long upTo;
        @Option(names = "--up-to-instant", description = "keep only events recorded up to this instant (ISO-8601, UTC)")
        java.time.Instant upToInstant;

        Restore(Map<String, Object> properties, PrintStream out) {
            super(properties, out);
        }

        @Override
        void run(ApplicationContext context) throws IOException {
            BackupArchive.Manifest manifest;
            try (InputStream file = Files.newInputStream(input)) {
                manifest = context.getBean(DatabaseBackup.class).restore(file, upTo, upToInstant);
            }
            Projections projections = context.getBean(Projections.class);
            List<String> names = projections.list().stream().map(ProjectionStatus::name).toList();
            names.forEach(projections::replay);
            List<Long> lastEvents = context.getBean(DatabaseBackup.class).lastEventOfEachAggregate();
            long deadline = System.nanoTime() + REBUILD_BOUND.toNanos();
            boolean rebuilt = false;
            while (!rebuilt && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                rebuilt = names.stream().allMatch(name -> lastEvents.stream().allMatch(p -> projections.reached(name, p)));
            }
            out.printf("restored %d tables from %s (%d of its %d events); projections rebuilt: %s%n",
                    manifest.tables().size(), manifest.node(), lastEvents.isEmpty() ? 0 : context.getBean(
                            DatabaseBackup.class).eventCount(), manifest.head(), rebuilt);
        }
    }
}
