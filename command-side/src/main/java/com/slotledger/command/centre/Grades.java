package com.slotledger.command.centre;

/** Grade bands by percentage of the marks available: A 80, B 65, C 50, D 40, else F. */
final class Grades {

    private Grades() {
    }

    static String of(int total, int outOf) {
        if (outOf <= 0) {
            return "F";
        }
        int percent = total * 100 / outOf;
        if (percent >= 80) {
            return "A";
        }
        if (percent >= 65) {
            return "B";
        }
        if (percent >= 50) {
            return "C";
        }
        return percent >= 40 ? "D" : "F";
    }
}
