package org.alfresco.repo.transaction;

/** Declaration of Alfresco 26.1's {@code RetryingTransactionHelper}: only the members the module uses (compile-only, never packaged). */
public class RetryingTransactionHelper {
    public <R> R doInTransaction(RetryingTransactionCallback<R> arg0, boolean arg1, boolean arg2) {
        throw new UnsupportedOperationException();
    }

    /** Declaration of {@code RetryingTransactionHelper.RetryingTransactionCallback}. */
    public interface RetryingTransactionCallback<Result> {
        Result execute() throws Throwable;
    }
}
