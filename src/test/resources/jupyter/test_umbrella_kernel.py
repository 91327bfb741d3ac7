"""Jupyter's kernel conformance suite (jupyter_kernel_test.KernelTests) run against the Umbrella
kernel, plus checks of what the suite does not cover: interrupt, System.exit, signatures, binding.
KernelConformanceIT runs this with JUPYTER_PATH pointing at a freshly installed kernelspec."""
import hmac, hashlib, json, os, re, time, unittest, uuid

import jupyter_kernel_test
import zmq


class UmbrellaKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "umbrella"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'
    completion_samples = [
        {"text": "Math.ma", "matches": {"max("}},
        {"text": "Integer.parseI", "matches": {"parseInt("}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "void f() {}"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y = ", "class A {"]
    invalid_code_samples = ["1 +* 2)", "}"]
    code_generate_error = 'throw new IllegalStateException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"abc".length()', "result": "3"},
        {"code": 'Table.create("t", IntColumn.create("n", new int[] {1, 2}))', "mime": "text/html"},
    ]
    code_display_data = [
        {"code": 'display("hi");', "mime": "text/plain"},
        {"code": 'display(Table.create("t", IntColumn.create("n", new int[] {1})));', "mime": "text/html"},
    ]
    code_history_pattern = "6*7"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max("
    code_clear_output = 'display("x");\nclearOutput();'

    def test_umbrella_interrupt_stops_a_runaway_loop_within_a_second(self):
        self.flush_channels()
        msg_id = self.kc.execute("long n = 0; while (true) { n++; }")
        time.sleep(1.0)
        started = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=10)
        elapsed = time.monotonic() - started
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertLess(elapsed, 1.0)
        self.flush_channels()
        reply, _ = self.execute_helper("1 + 1")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_umbrella_system_exit_and_stack_overflow_keep_the_kernel_up(self):
        self.flush_channels()
        reply, outputs = self.execute_helper("System.exit(0);")
        self.assertEqual(reply["content"]["ename"], "SystemExit")
        reply, outputs = self.execute_helper("int down(int n) { return down(n + 1); }\ndown(0)")
        self.assertEqual(reply["content"]["ename"], "StackOverflowError")
        self.assertTrue(self.km.is_alive())
        reply, outputs = self.execute_helper("40 + 2")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_umbrella_unsigned_or_wrongly_signed_messages_are_dropped(self):
        info = self.km.get_connection_info()
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
        try:
            for signature in (b"", b"0" * 64):
                header = json.dumps({"msg_id": uuid.uuid4().hex, "username": "x", "session": uuid.uuid4().hex,
                                     "date": "2024-01-01T00:00:00.000000Z", "msg_type": "execute_request",
                                     "version": "5.3"}).encode()
                content = json.dumps({"code": 'System.out.println("should not run");', "silent": False,
                                      "store_history": True, "user_expressions": {}, "allow_stdin": False,
                                      "stop_on_error": True}).encode()
                sock.send_multipart([b"<IDS|MSG>", signature, header, b"{}", b"{}", content])
            self.assertEqual(sock.poll(1500), 0, "the kernel answered a badly signed message")
            key = info["key"]
            key = key if isinstance(key, bytes) else key.encode()
            header = json.dumps({"msg_id": uuid.uuid4().hex, "username": "x", "session": uuid.uuid4().hex,
                                 "date": "2024-01-01T00:00:00.000000Z", "msg_type": "kernel_info_request",
                                 "version": "5.3"}).encode()
            parts = [header, b"{}", b"{}", b"{}"]
            mac = hmac.new(key, digestmod=hashlib.sha256)
            for p in parts:
                mac.update(p)
            sock.send_multipart([b"<IDS|MSG>", mac.hexdigest().encode()] + parts)
            self.assertEqual(sock.poll(10000), zmq.POLLIN, "no reply to a correctly signed message")
        finally:
            sock.close(0)
        self.flush_channels()

    def test_umbrella_sockets_listen_only_on_the_connection_address(self):
        info = self.km.get_connection_info()
        ports = {info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
        listening = {}
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            if not os.path.exists(table):
                continue
            for line in open(table).read().splitlines()[1:]:
                fields = line.split()
                local, state = fields[1], fields[3]
                address, port = local.split(":")
                if state == "0A" and int(port, 16) in ports:
                    listening.setdefault(int(port, 16), []).append(address)
        self.assertEqual(set(listening), ports)
        for port, addresses in listening.items():
            # 127.0.0.1, as IPv4 or as the IPv4-mapped IPv6 address ::ffff:127.0.0.1
            self.assertTrue(all(a in ("0100007F", "0000000000000000FFFF00000100007F") for a in addresses),
                            "port %d listens on %s" % (port, addresses))

    def test_umbrella_is_complete_suggests_four_spaces_per_open_block(self):
        self.flush_channels()
        for code, indent in (("for (int i = 0; i < 3; i++) {", 4), ("class A {\n  void f() {", 8),
                             ("int y = ", 4), ('String s = "{{";\nif (s.isEmpty()) {', 4)):
            self.kc.is_complete(code)
            reply = self.kc.get_shell_msg(timeout=10)
            self.assertEqual(reply["content"]["status"], "incomplete", code)
            self.assertEqual(reply["content"]["indent"], " " * indent, code)

    def test_umbrella_comm_open_for_an_unknown_target_gets_comm_close(self):
        self.flush_channels()
        msg = self.kc.session.msg("comm_open", {"comm_id": "c0ffee", "target_name": "jupyter.widget", "data": {}})
        self.kc.shell_channel.send(msg)
        deadline = time.monotonic() + 10
        closed = None
        while closed is None and time.monotonic() < deadline:
            m = self.kc.get_iopub_msg(timeout=10)
            if m["msg_type"] == "comm_close":
                closed = m
        self.assertIsNotNone(closed, "no comm_close on IOPub")
        self.assertEqual(closed["content"]["comm_id"], "c0ffee")
        self.assertEqual(closed["parent_header"]["msg_id"], msg["header"]["msg_id"])
        self.flush_channels()

    def test_umbrella_stdin_reads_ask_the_frontend(self):
        self.flush_channels()
        code = ('var in = new Scanner(System.in);\nString a = in.nextLine();\nString b = readLine("Seed? ");\n'
                'char[] key = readPassword("Key: ");\nSystem.out.println(a + "|" + (Integer.parseInt(b) + 1) + "|" + key.length);')
        msg_id = self.kc.execute(code, allow_stdin=True)
        asked = []
        for value in ("first line", "41", "secret"):
            request = self.kc.get_stdin_msg(timeout=20)
            self.assertEqual(request["msg_type"], "input_request")
            self.assertEqual(request["parent_header"]["msg_id"], msg_id)
            asked.append((request["content"]["prompt"], request["content"]["password"]))
            self.kc.input(value)
        self.assertEqual(asked, [("", False), ("Seed? ", False), ("Key: ", True)])
        reply = self.kc.get_shell_msg(timeout=20)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        out = ""
        while True:
            m = self.kc.get_iopub_msg(timeout=10)
            if m["msg_type"] == "stream":
                out += m["content"]["text"]
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        self.assertEqual(out, "first line|42|6\n")
        self.assertNotIn("secret", out)

    def test_umbrella_stdin_read_without_allow_stdin_fails_at_once(self):
        self.flush_channels()
        started = time.monotonic()
        self.kc.execute("new Scanner(System.in).nextLine()", allow_stdin=False)
        reply = self.kc.get_shell_msg(timeout=20)
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "InputNotAllowed")
        self.assertIn("allow_stdin is false", reply["content"]["evalue"])

    def test_umbrella_interrupt_ends_a_pending_input(self):
        self.flush_channels()
        msg_id = self.kc.execute('String answer = readLine("Wait: ");', allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=20)
        self.assertEqual(request["content"]["prompt"], "Wait: ")
        started = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=10)
        self.assertLess(time.monotonic() - started, 2.0)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.flush_channels()
        reply, _ = self.execute_helper("2 + 2")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_umbrella_kernel_info_is_the_same_on_every_machine(self):
        self.flush_channels()
        self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=10)
        language = reply["content"]["language_info"]
        self.assertRegex(language["version"], r"^\d+$")
        self.assertEqual(language["name"], "java")


if __name__ == "__main__":
    unittest.main(verbosity=2)
