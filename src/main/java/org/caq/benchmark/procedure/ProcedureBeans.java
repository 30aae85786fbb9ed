package org.caq.benchmark.procedure;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The beans a model may call: the procedure's own, found in the Spring context. Infrastructure beans (the data
 * source, the engine's services, the environment) are there too but are not the procedure's, so a model cannot
 * reach them; nor methods the procedure's classes inherit from Object or Spring.
 */
final class ProcedureBeans implements ProcessModelCheck.Beans {

    private static final String PROCEDURE = "org.caq.benchmark.";

    private final ApplicationContext context;

    ProcedureBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean exists(String bean) {
        return typeOf(bean) != null;
    }

    @Override
    public boolean hasMethod(String bean, String method, int arguments) {
        Class<?> type = typeOf(bean);
        return type != null && Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(method) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass().getName().startsWith(PROCEDURE))
                .anyMatch(m -> takes(m, arguments));
    }

    @Override
    public boolean isA(String bean, Class<?> type) {
        Class<?> actual = typeOf(bean);
        return actual != null && type.isAssignableFrom(actual);
    }

    private static boolean takes(Method method, int arguments) {
        return method.isVarArgs() ? arguments >= method.getParameterCount() - 1 : arguments == method.getParameterCount();
    }

    private Class<?> typeOf(String bean) {
        if (!context.containsBean(bean)) {
            return null;
        }
        Class<?> type = context.getType(bean);
        Class<?> user = type == null ? null : ClassUtils.getUserClass(type);
        return user != null && user.getName().startsWith(PROCEDURE) ? user : null;
    }
}
