package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.caq.benchmark.InvalidInput;

/**
 * Every rule a submission breaks, gathered so that one refusal names them all: a person corrects the form once
 * instead of learning one rule per submit. Each check that would refuse on its own adds its message instead; the
 * refusal lists them one to a line, numbered when there are several.
 */
public final class Violations {

    private final List<String> messages = new ArrayList<>();

    /** The value read, or null when reading it broke a rule (the rule's message is kept). */
    public <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidInput e) {
            add(e.getMessage());
            return null;
        }
    }

    /** Runs a check that refuses with {@link InvalidInput}; its message is kept instead of thrown. */
    public void check(Runnable check) {
        read(() -> {
            check.run();
            return null;
        });
    }

    public void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Refuses with every message gathered, if any. */
    public void throwIfAny() {
        if (messages.size() == 1) {
            throw new InvalidInput(messages.get(0));
        }
        if (!messages.isEmpty()) {
            StringBuilder text = new StringBuilder("请修改以下 " + messages.size() + " 处后再提交：");
            for (int i = 0; i < messages.size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(messages.get(i));
            }
            throw new InvalidInput(text.toString());
        }
    }
}
