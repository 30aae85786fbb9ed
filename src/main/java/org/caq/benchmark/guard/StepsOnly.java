package org.caq.benchmark.guard;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A case enters a step only through the flow before it. Starting a process anywhere but its start event, modifying,
 * restarting or migrating an instance, correlating a message or a signal, or firing a job before its time moves a case
 * past its steps and the guards in them; the engine lets anyone with CREATE_INSTANCE (applicants, offices) or UPDATE
 * do some of it. Here those commands are the administrator's (camunda-admin) alone, whatever endpoint or webapp they
 * come from. The procedure's own calls run without a person logged in (timers, SystemCalls, demo data) and pass.
 * A person's refused attempt to run a job is not recorded as the job's failure (Camunda would use up its retries and
 * raise an incident, whoever asked).
 */
@Component
class StepsOnly extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(StepsOnly.class);

    static final List<Class<?>> ADMINISTRATOR_ONLY = List.of(
            StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
            AbstractRestartProcessInstanceCmd.class, RestartProcessInstancesBatchCmd.class, AbstractMigrationCmd.class,
            AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
            SignalCmd.class, SignalEventReceivedCmd.class,
            ExecuteJobsCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class);

    static final String REFUSAL = "只有系统管理员可以从开始事件以外的环节发起流程、修改、重启或迁移流程实例、触发消息或信号、提前执行定时任务："
            + "案件只能按流程逐步办理。请在任务列表中办理您的任务。";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.intercept(configuration, new Guard(), new Guard());
    }

    private static final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            boolean jobFailure = command instanceof FailedJobListener;
            if (administratorOnly(command) || jobFailure) {
                CommandContext context = Context.getCommandContext();
                Authentication person = EngineCommands.person(context);
                if (person != null && !context.getAuthorizationManager().isCamundaAdmin(person)) {
                    if (jobFailure) {
                        // the engine would count the refusal as the job's failure and use up its retries: it never ran
                        return null;
                    }
                    log.warn("Refused {} to user {}: only the administrator moves a case other than through its steps",
                            command.getClass().getSimpleName(), person.getUserId());
                    throw new AuthorizationException(REFUSAL);
                }
            }
            return next.execute(command);
        }

        private static boolean administratorOnly(Command<?> command) {
            return ADMINISTRATOR_ONLY.stream().anyMatch(type -> type.isInstance(command));
        }
    }
}
