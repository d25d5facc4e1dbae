package id.dkip.alfresco.wiring;

/** A bean class for the deliberately broken test contexts: one typed collaborator, nothing else. */
public class WiringProbe {
    private Runnable task;

    public void setTask(Runnable task) {
        this.task = task;
    }

    public Runnable task() {
        return task;
    }
}
