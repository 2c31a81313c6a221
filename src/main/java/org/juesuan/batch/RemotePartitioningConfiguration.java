package org.juesuan.batch;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote mode (design and proof of concept): the same partitions as in local mode, dispatched to
 * worker processes through a RabbitMQ queue with Spring Batch Integration remote partitioning.
 * Manager and workers share the JobRepository (and warehouse) database; the manager polls it
 * until every partition step has ended. A message carries only "stepName:stepExecutionId" as
 * text (no Java serialization on the wire); the worker looks the partition up in the shared
 * JobRepository and runs the very {@code importSubmission} step of local mode, so the ledger's
 * exactly-once guarantee holds across processes too.
 *
 * <p>Active when {@code juesuan.remote.role} is {@code manager} (`import --remote`, `rerun
 * --remote`) or {@code worker} (`juesuan worker`); the queue is {@code juesuan.remote.queue}.
 */
@Configuration
@EnableIntegration
@ConditionalOnExpression("'${juesuan.remote.role:none}' != 'none'")
public class RemotePartitioningConfiguration {

    @Bean
    public Queue partitionQueue(@Value("${juesuan.remote.queue:juesuan.partitions}") String name) {
        return new Queue(name, true);
    }

    // Manager: partition requests → RabbitMQ; results are read from the JobRepository.

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "manager")
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "manager")
    public IntegrationFlow partitionRequestsToRabbit(RabbitTemplate rabbit, Queue partitionQueue) {
        return IntegrationFlow.from(partitionRequests())
                .transform(StepExecutionRequest.class, r -> r.getStepName() + ":" + r.getStepExecutionId())
                .handle(Amqp.outboundAdapter(rabbit).routingKey(partitionQueue.getName()))
                .get();
    }

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "manager")
    public PartitionHandler remotePartitionHandler(JobRepository jobRepository,
                                                   @Value("${juesuan.remote.poll-millis:1000}") long pollMillis)
            throws Exception {
        MessagingTemplate requests = new MessagingTemplate();
        requests.setDefaultChannel(partitionRequests());
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(ImportJobConfiguration.WORKER_STEP);
        handler.setGridSize(1); // the partitioner makes one partition per submission whatever the grid
        handler.setMessagingOperations(requests);
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(pollMillis);
        handler.afterPropertiesSet();
        return handler;
    }

    // Worker: RabbitMQ → the importSubmission step, one message at a time per consumer thread.

    @Bean
    @ConditionalOnProperty(name = ImportJobConfiguration.REMOTE_ROLE, havingValue = "worker")
    public IntegrationFlow partitionRequestsFromRabbit(ConnectionFactory connectionFactory, Queue partitionQueue,
                                                       JobRepository jobRepository, BeanFactory beanFactory,
                                                       @Value("${juesuan.import.threads:0}") int threads) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        int consumers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionQueue.getName())
                        .configureContainer(c -> c.concurrentConsumers(consumers).prefetchCount(1)))
                .transform(String.class, RemotePartitioningConfiguration::request)
                .handle(handler, "handle")
                .nullChannel();
    }

    static StepExecutionRequest request(String text) {
        int colon = text.lastIndexOf(':');
        return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1).strip()));
    }
}
