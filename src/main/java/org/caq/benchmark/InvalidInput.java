package org.caq.benchmark;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a person submitted breaks a rule of the procedure. The message is shown to that person, so it is
 * Chinese and says what is wrong and what is allowed. The engine rolls the whole command back; extending the
 * engine's form validation exception makes the REST API (and so Tasklist) answer 400 Bad Request with this
 * message when starting a process, completing a task or submitting a form.
 */
public class InvalidInput extends FormFieldValidationException {

    public InvalidInput(String message) {
        super(null, message);
    }
}
