package org.juesuan.batch;

import java.time.Duration;

import org.juesuan.load.RemoteWorkers;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remote mode: the same partitions as in local mode (one submission each), dispatched to worker processes through
 * a RabbitMQ queue. Manager and workers share the JobRepository (and warehouse) database. A message carries the
 * partition's step execution id and, up to {@code juesuan.remote.ship-max-mb}, the submission's bytes
 * ({@link PartitionRequest}); the worker runs the very {@code importSubmission} step of local mode, so the ledger's
 * exactly-once guarantee holds across processes too. Workers keep a heartbeat ({@link WorkerHeartbeat}) and claim
 * a partition before running it; the manager ({@link RemotePartitionHandler}) hands the partition of a worker whose
 * heartbeat stopped to another, and gives up when no worker is alive.
 *
 * <p>Active when {@code juesuan.remote.role} is {@code manager} (`import --remote`, `rerun --remote`) or
 * {@code worker} (`juesuan worker`); the queue is {@code juesuan.remote.queue}.
 */
@Configuration
@ConditionalOnExpression("'${juesuan.remote.role:none}' != 'none'")
public class RemotePartitioningConfiguration {

    @Bean
    public Queue partitionQueue(@Value("${juesuan.remote.queue:juesuan.partitions}") String name) {
        return new Queue(name, true);
    }

    // Manager: partition requests → RabbitMQ; results are read from the JobRepository.

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "manager")
    public PartitionHandler remotePartitionHandler(RabbitTemplate rabbit, Queue partitionQueue,
                                                   JobRepository jobRepository, JdbcTemplate jdbc,
                                                   RemoteWorkers workers,
                                                   @Value("${juesuan.remote.poll-millis:1000}") long pollMillis,
                                                   @Value("${juesuan.remote.dead-after:30s}") Duration deadAfter,
                                                   @Value("${juesuan.remote.no-worker-wait:120s}") Duration noWorkerWait,
                                                   @Value("${juesuan.remote.ship-max-mb:8}") long shipMaxMb) {
        return new RemotePartitionHandler(rabbit, partitionQueue.getName(), jobRepository, jdbc, workers,
                new RemotePartitionHandler.Timing(Duration.ofMillis(pollMillis), deadAfter, noWorkerWait),
                shipMaxMb << 20);
    }

    // Worker: RabbitMQ → the importSubmission step, one message at a time per consumer thread.

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "worker")
    public WorkerHeartbeat workerHeartbeat(RemoteWorkers workers, Queue partitionQueue,
                                           @Value("${juesuan.remote.heartbeat:5s}") Duration every) {
        return new WorkerHeartbeat(workers, partitionQueue.getName(), every);
    }

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "worker")
    public SimpleMessageListenerContainer partitionListener(ConnectionFactory connectionFactory, Queue partitionQueue,
                                                            JobRepository jobRepository, BeanFactory beanFactory,
                                                            RemoteWorkers workers, SubmissionFiles files,
                                                            @Value("${juesuan.remote.dead-after:30s}") Duration deadAfter,
                                                            @Value("${juesuan.import.threads:0}") int threads) {
        StepLocator steps = name -> beanFactory.getBean(name, Step.class);
        RemotePartitionWorker worker = new RemotePartitionWorker(jobRepository, steps, workers, files, deadAfter);
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(partitionQueue.getName());
        container.setConcurrentConsumers(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        container.setPrefetchCount(1); // a message waits in the queue, not behind a busy consumer
        container.setMessageListener(message -> worker.handle(message.getBody()));
        return container;
    }
}
