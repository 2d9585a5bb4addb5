package com.slotledger.app;

import com.slotledger.app.cli.OperatorCli;
import io.micronaut.runtime.Micronaut;

/** Runs the service, or with a subcommand (e.g. {@code exam-slots status}) the operator command line. */
public final class SlotLedger {

    private SlotLedger() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(OperatorCli.run(args));
        }
        Micronaut.build(args).mainClass(SlotLedger.class).start();
    }
}
