import { logLevel } from 'kafkajs';
import { BrokerLink, kafkajsLogs } from '../../src/kafka/kafka-log';
import { capturedLogger } from '../support/bus-recorder';

const entry = (message: string, level = logLevel.ERROR) => ({
  namespace: 'Connection',
  level,
  label: 'ERROR',
  log: { timestamp: new Date().toISOString(), message, broker: '127.0.0.1:9092' },
});

describe('kafkajs logs during an outage', () => {
  test('when kafkajs reports 50 connection failures and then the brokers answer, then the log has one line for down and one for back', () => {
    const { logger, lines } = capturedLogger('warn');
    const link = new BrokerLink(logger);
    const write = kafkajsLogs(logger, link)(logLevel.WARN);

    for (let retry = 0; retry < 25; retry++) {
      write(entry('Connection error: connect ECONNREFUSED 127.0.0.1:9092'));
      write(entry('Response Metadata: No broker available', logLevel.WARN));
    }
    link.reached();
    link.reached();

    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['error', 'kafka unreachable; retrying quietly until it is back'],
      ['warn', 'kafka reachable again'],
    ]);
  });

  test('when kafkajs reports an error that is not about reaching the brokers, then it is logged as it is, every time', () => {
    const { logger, lines } = capturedLogger('warn');
    const write = kafkajsLogs(logger, new BrokerLink(logger))(logLevel.WARN);

    write(entry('The group is rebalancing, so a rejoin is needed'));
    write(entry('The group is rebalancing, so a rejoin is needed'));

    expect(lines.map((line) => line.msg)).toEqual([
      'The group is rebalancing, so a rejoin is needed',
      'The group is rebalancing, so a rejoin is needed',
    ]);
  });
});
