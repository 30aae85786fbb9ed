package org.caq.benchmark.availability;

import org.camunda.bpm.engine.ProcessEngineException;

/** A process start refused because too many are waiting already; nothing of it was written. */
public class StartsBusy extends ProcessEngineException {

    StartsBusy() {
        super("同时提交的申报过多，系统正在依次处理，本次提交未被受理，也未保存任何内容。请稍后重新提交。");
    }
}
