import logging, logging.handlers, logging.config, io, os, sys, tempfile, queue

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("rot")
log.propagate = False
log.addHandler(rh)
for i in range(12):
    log.warning("message number %02d", i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, f.read().split())

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("MEM %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning("one")
mlog.warning("two")
print("buffered", len(mh.buffer))
mlog.warning("three")
print("after capacity", len(mh.buffer))
mlog.warning("four")
mlog.error("flush now")
mlog.warning("five")
mh.close()

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("queued %s", "arg")
rec = q.get_nowait()
print(rec.getMessage(), rec.args, rec.levelname)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("LISTENER %(name)s %(message)s"))
listener = logging.handlers.QueueListener(q, out)
listener.start()
qlog.warning("through listener")
qlog.error("second")
listener.stop()

logging.config.dictConfig({
    "version": 1,
    "formatters": {"brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
                   "curly": {"format": "{name}: {message}", "style": "{"}},
    "filters": {"only_db": {"name": "cfg.db"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "brief", "level": "INFO",
                             "stream": "ext://sys.stdout"},
                 "curly": {"class": "logging.StreamHandler", "formatter": "curly", "stream": "ext://sys.stdout",
                           "filters": ["only_db"]}},
    "loggers": {"cfg": {"level": "DEBUG", "handlers": ["console"], "propagate": False},
                "cfg.db": {"handlers": ["curly"]}},
    "root": {"level": "WARNING"},
})
logging.getLogger("cfg").debug("hidden by handler level")
logging.getLogger("cfg").info("shown")
logging.getLogger("cfg.db").warning("db message")
print(logging.getLogger("rot").disabled, logging.getLogger("cfg").level, sorted(logging.getHandlerNames()))
logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"console": {"level": "DEBUG"}}})
logging.getLogger("cfg").debug("now visible")
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e)
