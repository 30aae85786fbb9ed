package org.caq.benchmark.guard;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.WhitelistingDeserializationTypeValidator;
import org.springframework.stereotype.Component;

/**
 * The engine deserializes an Object variable only into a type on its allow-list, and the list is empty: the product
 * stores no Object variables (lists from forms are Spin Json; everything else is a string, number, boolean or date).
 * Camunda's default list would still allow every class of {@code java.lang} and the common collections; this one
 * allows exactly what {@code camunda.bpm.generic-properties.properties.deserialization-allowed-classes} and
 * {@code -packages} name, which is nothing unless an administrator adds a type the product comes to need.
 */
@Component
class DeserializationAllowList extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(new OnlyListed());
    }

    static final class OnlyListed implements WhitelistingDeserializationTypeValidator {

        private Set<String> classes = Set.of();
        private Set<String> packages = Set.of();

        @Override
        public void setAllowedClasses(String names) {
            classes = split(names);
        }

        @Override
        public void setAllowedPackages(String names) {
            packages = split(names);
        }

        @Override
        public boolean validate(String className) {
            return className != null && (classes.contains(className)
                    || packages.stream().anyMatch(name -> className.startsWith(name + ".")));
        }

        private static Set<String> split(String names) {
            return names == null ? Set.of() : Arrays.stream(names.split(",")).map(String::strip)
                    .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
    }
}
