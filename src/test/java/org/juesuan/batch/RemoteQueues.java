package org.juesuan.batch;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** The test's own RabbitMQ queues (127.0.0.1:5672, guest/guest): how many messages wait, and removal afterwards. */
final class RemoteQueues {

    private RemoteQueues() {
    }

    /** Messages ready on the queue (0 while it does not exist yet). */
    static long ready(String queue) throws Exception {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        } catch (java.io.IOException notDeclaredYet) {
            return 0;
        }
    }

    static void delete(String queue) throws Exception {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete(queue);
        }
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory;
    }
}
