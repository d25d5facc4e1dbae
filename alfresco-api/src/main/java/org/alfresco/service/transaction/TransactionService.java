package org.alfresco.service.transaction;

import org.alfresco.repo.transaction.RetryingTransactionHelper;

/** Declaration of Alfresco 26.1's {@code TransactionService}: only the members the module uses (compile-only, never packaged). */
public interface TransactionService {
    RetryingTransactionHelper getRetryingTransactionHelper();
    boolean getAllowWrite();
}
