package org.caq.benchmark.guard;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A read-only role writes nothing to the engine, whatever its grants let a command try: Camunda lets READ on a task
 * add comments and attachments, lets every user change or delete their own account, and lets anyone count failed
 * logins against another user through /identity/verify. Rather than list such commands, the engine refuses any
 * command of a read-only user that would write: checked before the command's changes are flushed (answered as a
 * refused authorization, 403), and at every write statement (for the few commands that flush early).
 */
@Component
class ReadOnlyEngine extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyEngine.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.intercept(configuration, new Guard(), new Guard());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new WriteStatements());
    }

    private static Authentication readOnlyPerson(CommandContext context) {
        Authentication person = context == null ? null : EngineCommands.person(context);
        return ReadOnlyRoles.readOnly(person) ? person : null;
    }

    private static AuthorizationException refuse(Authentication person, String what) {
        log.warn("Refused a write by read-only user {}: {}", person.getUserId(), what);
        ReadOnlyRoles.refused();
        return new AuthorizationException(ReadOnlyRoles.REFUSAL);
    }

    private static final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (readOnlyPerson(context) != null) {
                context.registerCommandContextListener(new NoChanges(command.getClass().getSimpleName()));
            }
            return next.execute(command);
        }
    }

    /** Runs when the command has done its work and before its changes are flushed. */
    private record NoChanges(String command) implements CommandContextListener {

        @Override
        public void onCommandContextClose(CommandContext context) {
            Authentication person = readOnlyPerson(context);
            DbEntityManager entities = (DbEntityManager) context.getSessions().get(DbEntityManager.class);
            if (person == null || entities == null) {
                return;
            }
            for (CachedDbEntity cached : entities.getDbEntityCache().getCachedEntities()) {
                if (cached.getEntityState() != DbEntityState.PERSISTENT || cached.isDirty()) {
                    throw refuse(person, command + " would write " + cached.getEntityType().getSimpleName());
                }
            }
            if (!entities.getDbOperationManager().bulkOperations.isEmpty()) {
                throw refuse(person, command + " would run a bulk update or delete");
            }
        }

        @Override
        public void onCommandFailed(CommandContext context, Throwable cause) {
            // nothing was written: the transaction rolls back
        }
    }

    /** The last line: no insert, update or delete statement of the engine runs for a read-only user. */
    @Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
    private static final class WriteStatements implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            Authentication person = readOnlyPerson(Context.getCommandContext());
            if (person != null) {
                throw refuse(person, ((MappedStatement) invocation.getArgs()[0]).getId());
            }
            return invocation.proceed();
        }
    }
}
