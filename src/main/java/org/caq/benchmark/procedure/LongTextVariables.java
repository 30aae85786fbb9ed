package org.caq.benchmark.procedure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine keeps a String variable in a 4,000-character column, in the runtime and in the history tables,
 * but the application form has an 8,000-character part (推进和应用情况, seed 001 annex 3). Longer strings are
 * stored in the engine's byte-array table instead; to every client they are still plain String variables.
 * The history keeps everything of level "full" except the separate record of submitted form fields, which
 * would copy each value into a 4,000-character column again; the variable history holds the same values.
 * See docs/decisions/0006-long-text-variables.md.
 */
@Component
class LongTextVariables extends AbstractProcessEnginePlugin {

    static final int TEXT_COLUMN_LENGTH = 4000;
    /** Configured as camunda.bpm.history-level. */
    static final HistoryLevel FULL_WITHOUT_FORM_FIELDS = new FullWithoutFormFields();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new LongStringSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(FULL_WITHOUT_FORM_FIELDS);
        configuration.setCustomHistoryLevels(levels);
    }

    static class FullWithoutFormFields implements HistoryLevel {

        @Override
        public int getId() {
            return 31;
        }

        @Override
        public String getName() {
            return "full-without-form-fields";
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
        }
    }

    static class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

        LongStringSerializer() {
            super(ValueType.STRING);
        }

        @Override
        public String getName() {
            return "longString";
        }

        @Override
        protected boolean canWriteValue(TypedValue value) {
            return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
        }

        @Override
        public StringValue convertToTypedValue(UntypedValueImpl untyped) {
            return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
        }

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StringValue readValue(ValueFields fields, boolean asTransientValue) {
            byte[] bytes = fields.getByteArrayValue();
            return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
        }
    }
}
