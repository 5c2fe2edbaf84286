package org.everycontact.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on loopback between the service and its database, for outage tests: it pipes bytes both
 * ways; {@link #cut()} closes every connection and refuses new ones (the port is closed), as a
 * database that went away; {@link #restore()} accepts again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tcp-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private ServerSocket listener;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        target = new InetSocketAddress(targetHost, targetPort);
        listener = listen(0);
        port = listener.getLocalPort();
        acceptOn(listener);
    }

    public int port() {
        return port;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #restore()}. */
    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Accepts connections again on the same port. */
    public synchronized void restore() throws IOException {
        if (listener.isClosed()) {
            listener = listen(port);
            acceptOn(listener);
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void acceptOn(ServerSocket server) {
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    connect(server, server.accept());
                } catch (IOException closedOrFailed) {
                    // the listener was closed by cut(), or one connection could not be made: go on or stop
                }
            }
        });
    }

    private void connect(ServerSocket server, Socket client) throws IOException {
        Socket upstream = new Socket();
        try {
            upstream.connect(target);
        } catch (IOException e) {
            client.close();
            throw e;
        }
        synchronized (this) {
            if (server.isClosed()) {
                client.close();
                upstream.close();
                return;
            }
            open.add(client);
            open.add(upstream);
        }
        threads.execute(() -> pipe(client, upstream));
        threads.execute(() -> pipe(upstream, client));
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // either side closed, or cut(): close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to release
        }
    }

    @Override
    public synchronized void close() throws IOException {
        cut();
        threads.shutdownNow();
    }
}
