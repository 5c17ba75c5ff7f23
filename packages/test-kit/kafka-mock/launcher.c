/*
 * Jisr's launcher for librdkafka's mock Kafka cluster: an in-memory, multi-broker cluster
 * speaking the real Kafka wire protocol on 127.0.0.1 (Confluent uses it to test its clients).
 *
 *   launcher [--brokers N] [topic:partitions ...]
 *
 * Prints one line with the bootstrap servers, then answers commands read from stdin, one
 * line each, with "ok" or "error <reason>":
 *   topic <name> <partitions>             create a topic (the mock has no CreateTopics API)
 *   down <brokerId> / up <brokerId>       fault injection: refuse / accept connections
 *   errors <apiKey> <count> <errorCode>   the next <count> requests of <apiKey> fail
 *   brokers                               the broker ids, space separated
 *   version                               librdkafka's version, e.g. 2.12.0
 * Exits on EOF, on "quit" and on SIGTERM.
 */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 2.12 fixes what kafkajs needs: a controller id that exists, and an instant first join. */
#if RD_KAFKA_VERSION >= 0x020c0000
#define JISR_MODERN_MOCK 1
#endif

static int broker_ids[16];
static int broker_cnt;

static int create_topic(rd_kafka_mock_cluster_t *mc, const char *name, int partitions) {
  int replication = broker_cnt < 3 ? broker_cnt : 3;
  return rd_kafka_mock_topic_create(mc, name, partitions, replication) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

static void reply(rd_kafka_resp_err_t err) {
  if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
    printf("ok\n");
  else
    printf("error %s\n", rd_kafka_err2str(err));
  fflush(stdout);
}

static void serve(rd_kafka_mock_cluster_t *mc) {
  char line[1024], name[512];
  int a, b, c, i;
  while (fgets(line, sizeof line, stdin)) {
    if (sscanf(line, "topic %511s %d", name, &a) == 2) {
      reply(create_topic(mc, name, a) ? RD_KAFKA_RESP_ERR_NO_ERROR : RD_KAFKA_RESP_ERR_TOPIC_EXCEPTION);
    } else if (sscanf(line, "down %d", &a) == 1) {
      reply(rd_kafka_mock_broker_set_down(mc, a));
    } else if (sscanf(line, "up %d", &a) == 1) {
      reply(rd_kafka_mock_broker_set_up(mc, a));
    } else if (sscanf(line, "errors %d %d %d", &a, &b, &c) == 3) {
      rd_kafka_resp_err_t errs[64];
      if (b < 1 || b > 64) {
        printf("error count must be 1..64\n");
        fflush(stdout);
        continue;
      }
      for (i = 0; i < b; i++) errs[i] = (rd_kafka_resp_err_t)c;
      rd_kafka_mock_push_request_errors_array(mc, (int16_t)a, (size_t)b, errs);
      reply(RD_KAFKA_RESP_ERR_NO_ERROR);
    } else if (strncmp(line, "brokers", 7) == 0) {
      for (i = 0; i < broker_cnt; i++) printf(i ? " %d" : "%d", broker_ids[i]);
      printf("\n");
      fflush(stdout);
    } else if (strncmp(line, "version", 7) == 0) {
      printf("%s\n", rd_kafka_version_str());
      fflush(stdout);
    } else if (strncmp(line, "quit", 4) == 0) {
      return;
    } else {
      printf("error unknown command\n");
      fflush(stdout);
    }
  }
}

int main(int argc, char **argv) {
  char errstr[512];
  int requested = 3, first = 1, i;
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_t *rk;
  rd_kafka_mock_cluster_t *mc;

  if (argc > 2 && strcmp(argv[1], "--brokers") == 0) {
    requested = atoi(argv[2]);
    first = 3;
  }
  if (requested < 1 || requested > 15) {
    fprintf(stderr, "launcher: --brokers must be 1..15\n");
    return 2;
  }
  rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr);
  rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
  if (!rk) {
    fprintf(stderr, "launcher: %s\n", errstr);
    return 1;
  }
#ifdef JISR_MODERN_MOCK
  /* The mock reports controller id 0, so broker 0 must exist (idempotent producer, admin). */
  mc = rd_kafka_mock_cluster_new(rk, requested - 1 > 0 ? requested - 1 : 1);
  if (mc && requested > 1) rd_kafka_mock_broker_add(mc, 0);
  if (mc) rd_kafka_mock_group_initial_rebalance_delay_ms(mc, 0);
  if (requested > 1) broker_ids[broker_cnt++] = 0;
  for (i = 1; i <= (requested - 1 > 0 ? requested - 1 : 1); i++) broker_ids[broker_cnt++] = i;
#else
  mc = rd_kafka_mock_cluster_new(rk, requested);
  for (i = 1; i <= requested; i++) broker_ids[broker_cnt++] = i;
#endif
  if (!mc) {
    fprintf(stderr, "launcher: could not create the mock cluster\n");
    return 1;
  }
  /* The mock answers LeaveGroup v3+ without its member list, which kafkajs cannot parse (so a
   * clean stop would leave a ghost member until its session times out): offer v0-v2 only. */
  rd_kafka_mock_set_apiversion(mc, 13, 0, 2);
  for (i = first; i < argc; i++) {
    char topic[512];
    int partitions = 1;
    char *colon = strrchr(argv[i], ':');
    size_t len = colon ? (size_t)(colon - argv[i]) : strlen(argv[i]);
    if (len >= sizeof topic) len = sizeof topic - 1;
    memcpy(topic, argv[i], len);
    topic[len] = '\0';
    if (colon) partitions = atoi(colon + 1);
    if (partitions < 1 || !create_topic(mc, topic, partitions)) {
      fprintf(stderr, "launcher: could not create topic %s\n", argv[i]);
      return 1;
    }
  }
  printf("%s\n", rd_kafka_mock_cluster_bootstraps(mc));
  fflush(stdout);
  serve(mc);
  rd_kafka_mock_cluster_destroy(mc);
  rd_kafka_destroy(rk);
  return 0;
}
