package org.caq.benchmark.formreview;

/** One line of the automatic eligibility check: a rule, and whether the application meets it. */
record Finding(boolean met, String text) {

    static Finding of(boolean met, String text) {
        return new Finding(met, text);
    }

    @Override
    public String toString() {
        return (met ? "✔ " : "✘ ") + text;
    }
}
