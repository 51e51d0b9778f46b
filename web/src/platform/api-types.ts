/**
 * GENERATED FILE — do not edit. The /api/v1 API's types, made by openapi-typescript from the
 * OpenAPI document the server builds from its route schemas (GET /api/v1/openapi.json).
 * Regenerate with `npm run api:types`; `npm test` fails while this file and the API differ.
 */
export interface paths {
    "/api/v1/alert-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alert sources (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AlertSource"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up an alert source (owner and admin)
         * @description Bound to one client (`organizationId`), or MSP-wide with `clientMap` from the client label’s value to clients (and a `fallbackOrganizationId`). The answer holds the source’s token, shown once; the sender POSTs to `path` with `Authorization: Bearer <token>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description MSP-wide sources: the label (Alertmanager), monitor tag (Uptime Kuma) or field/label (generic) whose value names the client. Default `client`; NinjaOne always uses the device’s organizationId. */
                        clientLabel?: string;
                        /** @description MSP-wide sources: client label value → client organisation id. */
                        clientMap?: {
                            [key: string]: string;
                        };
                        /** @description P1 (critical) to P4 (low). */
                        defaultPriority?: "P1" | "P2" | "P3" | "P4";
                        enabled?: boolean;
                        fallbackOrganizationId?: string | null;
                        /** @description More state changes than this within the window mark an alert flapping (default 4). */
                        flapChanges?: number;
                        /** @description The flapping window, and how long a flapping alert must be quiet to be stable again (default 30). */
                        flapWindowMinutes?: number;
                        /** @description The payload format the source sends: its inbound path is /api/v1/alerts/inbound/<format>. */
                        format: "generic" | "alertmanager" | "uptime-kuma" | "ninjaone";
                        name: string;
                        organizationId?: string | null;
                        /** @description A recovery resolves the alert’s open ticket (default true); else it is only recorded on the ticket. */
                        resolveOnRecovery?: boolean;
                        /** @description Severity → ticket priority, over the built-in table (critical P1, major/high/error P2, warning/minor P3, info/low P4). */
                        severityMap?: {
                            [key: string]: "P1" | "P2" | "P3" | "P4";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertSourceWithToken"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alert source (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertSource"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an alert source (owner and admin)
         * @description Disabling a source refuses its alerts (409 alert_source_disabled) until it is enabled again.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description MSP-wide sources: the label (Alertmanager), monitor tag (Uptime Kuma) or field/label (generic) whose value names the client. Default `client`; NinjaOne always uses the device’s organizationId. */
                        clientLabel?: string;
                        /** @description MSP-wide sources: client label value → client organisation id. */
                        clientMap?: {
                            [key: string]: string;
                        };
                        /** @description P1 (critical) to P4 (low). */
                        defaultPriority?: "P1" | "P2" | "P3" | "P4";
                        enabled?: boolean;
                        fallbackOrganizationId?: string | null;
                        /** @description More state changes than this within the window mark an alert flapping (default 4). */
                        flapChanges?: number;
                        /** @description The flapping window, and how long a flapping alert must be quiet to be stable again (default 30). */
                        flapWindowMinutes?: number;
                        name?: string;
                        organizationId?: string | null;
                        /** @description A recovery resolves the alert’s open ticket (default true); else it is only recorded on the ticket. */
                        resolveOnRecovery?: boolean;
                        /** @description Severity → ticket priority, over the built-in table (critical P1, major/high/error P2, warning/minor P3, info/low P4). */
                        severityMap?: {
                            [key: string]: "P1" | "P2" | "P3" | "P4";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertSource"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/alert-sources/{id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an alert source a new token (owner and admin)
         * @description The old token stops working at once; the new one is shown once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertSourceWithToken"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts received, one per de-duplication identity, newest first (staff) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    flapping?: boolean;
                    heartbeatId?: string;
                    limit?: number;
                    organizationId?: string;
                    sourceId?: string;
                    state?: "firing" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Alert"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alert: its counts, state, flapping and ticket (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/inbound/alertmanager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive Prometheus Alertmanager alerts
         * @description Alertmanager’s webhook (version 4). Each alert is de-duplicated by its `fingerprint`; `severity` and `instance` labels give the priority and host; the `alertname` (or a `signature` label) is the signature compared across clients. Authenticate with the alert source’s token (`Authorization: Bearer <token>`, or HTTP Basic with the token as the password). The answer comes once every alert is stored: what each one did (opened a ticket, folded, resolved …).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            endsAt?: string;
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            startsAt?: string;
                            status: "firing" | "resolved";
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        groupKey?: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        receiver?: string;
                        status?: "firing" | "resolved";
                        truncatedAlerts?: number;
                        version?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: components["schemas"]["FoldOutcome"][];
                            /** @description Notifications that carry no alert (a test message, another activity type). */
                            ignored: number;
                            received: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/inbound/generic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive Generic JSON alerts
         * @description One alert per request. `key` is the de-duplication key; `status: resolved` recovers it. Authenticate with the alert source’s token (`Authorization: Bearer <token>`, or HTTP Basic with the token as the password). The answer comes once every alert is stored: what each one did (opened a ticket, folded, resolved …).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        check?: string;
                        /** @description MSP-wide sources: the value the source’s client map translates to a client. */
                        client?: string;
                        description?: string;
                        host?: string;
                        /** @description The de-duplication key: alerts with the same key (from the same source and client) fold into one ticket. */
                        key: string;
                        labels?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: date-time
                         * @description When the sender saw it (informational).
                         */
                        occurredAt?: string;
                        /** @description critical, major, warning, info … (mapped to a priority by the source). */
                        severity?: string;
                        /** @description What failed, the same for every client (a vendor’s service, a shared check); default: `check`, else the summary. */
                        signature?: string;
                        /** @description `resolved` is the recovery of the alert with this key. Default `firing`. */
                        status?: "firing" | "resolved";
                        /** @description One line; the ticket’s subject. */
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: components["schemas"]["FoldOutcome"][];
                            /** @description Notifications that carry no alert (a test message, another activity type). */
                            ignored: number;
                            received: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/inbound/ninjaone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive NinjaOne alerts
         * @description NinjaOne webhook activities. Condition activities fire (`TRIGGERED`) and recover (`RESET`) the alert of one device and condition (`deviceId` and `sourceConfigUid`); other activities are ignored. `severity` gives the priority; the device’s `organizationId` names the client of an MSP-wide source. Authenticate with the alert source’s token (`Authorization: Bearer <token>`, or HTTP Basic with the token as the password). The answer comes once every alert is stored: what each one did (opened a ticket, folded, resolved …).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activityTime?: number;
                        activityType: string;
                        data?: ({
                            message?: ({
                                code?: string | null;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        device?: ({
                            displayName?: string | null;
                            dnsName?: string | null;
                            id?: number;
                            nodeClass?: string | null;
                            organizationId?: number | null;
                            systemName?: string | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deviceId: number;
                        id?: number;
                        message?: string | null;
                        seriesUid?: string | null;
                        severity?: string | null;
                        sourceConfigUid?: string | null;
                        sourceName?: string | null;
                        status?: string | null;
                        statusCode: string;
                        subject?: string | null;
                        type?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: components["schemas"]["FoldOutcome"][];
                            /** @description Notifications that carry no alert (a test message, another activity type). */
                            ignored: number;
                            received: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/inbound/uptime-kuma": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive Uptime Kuma alerts
         * @description Uptime Kuma’s webhook notification with the JSON body. The monitor id is the de-duplication key; down (0) fires, up (1) recovers; pending and maintenance are ignored, as is the Test button’s message. A monitor tag named like the source’s client label gives the client, a `severity` tag the severity. Authenticate with the alert source’s token (`Authorization: Bearer <token>`, or HTTP Basic with the token as the password). The answer comes once every alert is stored: what each one did (opened a ticket, folded, resolved …).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heartbeat?: ({
                            monitorID?: number;
                            msg?: string | null;
                            /** @description 0 down, 1 up, 2 pending, 3 maintenance. */
                            status: number;
                            time?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        monitor?: ({
                            hostname?: string | null;
                            id: number;
                            name: string;
                            tags?: ({
                                name: string;
                                value?: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            type?: string | null;
                            url?: string | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        msg?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: components["schemas"]["FoldOutcome"][];
                            /** @description Notifications that carry no alert (a test message, another activity type). */
                            ignored: number;
                            received: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/asset-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RMM feeds pushing assets, revoked ones included (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description One client’s feeds. */
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AssetFeed"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up an RMM feed pushing one client’s assets (owner and admin)
         * @description The answer holds the feed’s token, shown once; the RMM POSTs to `path` with `Authorization: Bearer <token>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        organizationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetFeedWithToken"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/asset-feeds/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an RMM feed: its token pushes nothing from now on (owner and admin)
         * @description The feed and the assets it pushed stay. Revoking a revoked feed changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetFeed"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/asset-feeds/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an RMM feed a new token (owner and admin)
         * @description The old token stops working at once; the new one is in the answer, shown once. A revoked feed answers 409 `feed_revoked`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetFeedWithToken"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assets by name, searched with `q`
         * @description Staff see every client’s; a client administrator the organisation’s live assets; a client user their own.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: archived assets instead of live ones. */
                    archived?: boolean;
                    /** @description The person’s assets (the phone flow’s “which laptop?”). */
                    contactId?: string;
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description What the asset is. `circuit`: a connectivity circuit, with its ISP, circuit id and the ISP’s support number. */
                    kind?: "laptop" | "desktop" | "home_office_kit" | "vpn_token" | "server" | "network_device" | "circuit" | "printer" | "other";
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                    /** @description Words that must all start a word of the name, serial, model, person or circuit, e.g. the first characters of a serial. */
                    q?: string;
                    siteId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Asset"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record an asset (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Circuits: the ISP’s id of the circuit. */
                        circuitId?: string;
                        contactId?: string | null;
                        /** @description Circuits: the internet service provider. */
                        isp?: string;
                        /** @description Circuits: the ISP’s support number to call with the circuit id. */
                        ispSupportPhone?: string;
                        /** @description What the asset is. `circuit`: a connectivity circuit, with its ISP, circuit id and the ISP’s support number. */
                        kind: "laptop" | "desktop" | "home_office_kit" | "vpn_token" | "server" | "network_device" | "circuit" | "printer" | "other";
                        model?: string;
                        name: string;
                        /** @description Staff only: a client never reads them. */
                        notes?: string;
                        organizationId: string;
                        serial?: string;
                        siteId?: string | null;
                        /** @description Stored lower-case, without repeats. */
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An asset */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, archive or restore an asset (staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Archived assets are kept (and stay on the tickets they were attached to) but are not listed, searched or shown to clients. */
                        archived?: boolean;
                        /** @description Circuits: the ISP’s id of the circuit. */
                        circuitId?: string;
                        contactId?: string | null;
                        /** @description Circuits: the internet service provider. */
                        isp?: string;
                        /** @description Circuits: the ISP’s support number to call with the circuit id. */
                        ispSupportPhone?: string;
                        /** @description What the asset is. `circuit`: a connectivity circuit, with its ISP, circuit id and the ISP’s support number. */
                        kind?: "laptop" | "desktop" | "home_office_kit" | "vpn_token" | "server" | "network_device" | "circuit" | "printer" | "other";
                        model?: string;
                        name?: string;
                        /** @description Staff only: a client never reads them. */
                        notes?: string;
                        serial?: string;
                        siteId?: string | null;
                        /** @description Stored lower-case, without repeats. */
                        tags?: string[];
                        /** @description The version the change was made on: when given and the asset changed since, 409 version_conflict. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Asset"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/assets/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets an asset is attached to, latest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AssetTicket"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a client’s assets from a CSV: preview, then apply (staff)
         * @description A row whose serial is already one of the client’s assets updates that asset; others create one. Applying writes every row or, when any row has a problem, none (422 `import_has_errors`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description `false`: only say what each row would do and what is wrong. `true`: write every row, only when no row has a problem.
                         * @default false
                         */
                        apply?: boolean;
                        /** @description The file’s text. First line: the columns, any of kind, name, serial, model, site (its name), person (email or full name), tags (separated by ; , or |), notes, isp, circuit_id, isp_support_phone; kind and name required. Comma, semicolon or tab separated. */
                        csv: string;
                        organizationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            problems: {
                                code: string;
                                column: string;
                                message: string;
                                row: number;
                            }[];
                            rows: {
                                action: "create" | "update";
                                assetId: string;
                                name: string;
                                row: number;
                                serial: string;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/webhook/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An RMM pushes a client’s assets
         * @description Authenticate with the feed’s token. Each asset is matched by `externalId` to the one this feed pushed before and updated, or created; pushing the same again changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The feed’s id. */
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assets: {
                            /** @description Circuits: the ISP’s id of the circuit. */
                            circuitId?: string;
                            /** @description The RMM’s id: the asset it pushed before with this id is updated. */
                            externalId: string;
                            /** @description Circuits: the internet service provider. */
                            isp?: string;
                            /** @description Circuits: the ISP’s support number to call with the circuit id. */
                            ispSupportPhone?: string;
                            /** @description What the asset is. `circuit`: a connectivity circuit, with its ISP, circuit id and the ISP’s support number. */
                            kind: "laptop" | "desktop" | "home_office_kit" | "vpn_token" | "server" | "network_device" | "circuit" | "printer" | "other";
                            model?: string;
                            name: string;
                            /** @description Staff only: a client never reads them. */
                            notes?: string;
                            /** @description The user’s email; matched to the client’s contacts, else no person. */
                            personEmail?: string;
                            serial?: string;
                            /** @description Stored lower-case, without repeats. */
                            tags?: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            received: number;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security audit log (owner and admin) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description login.succeeded, login.failed, login.rate_limited, logout, password.changed, password.change_failed, password.rate_limited, token.created, token.revoked, user.created, user.updated, provider.created, provider.deleted, csrf.refused (a write without the CSRF token, or a login from another site), access.refused (a refused authorisation: 403). */
                                action: string;
                                actorUserId: string | null;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                ip: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password
         * @description Sets the session cookie and returns the CSRF token to send as X-CSRF-Token on writes. Only JSON bodies are accepted (415 otherwise), and a browser page of another origin is refused (403 cross_site_login). After the allowed failures for an account or client address, each further attempt must wait a doubling delay (429 with Retry-After). An account whose role must use single sign-on is answered 403 sso_required, naming the providers in details.providers.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: components["schemas"]["Me"];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session, or revoke this API token
         * @description With a session cookie, ends that session. With an API token, revokes that token, exactly as DELETE /api/v1/tokens/{id} would: a logout never leaves its credential working. Live streams opened with it close.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Needs the current password. Ends every other session of yours (this one, if you are signed in with a session, stays); API tokens are not affected. The new password must have 12 to 256 characters and not be a common or breached password, nor your email address (422 weak_password). Wrong current passwords count against the login limit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This browser session and its CSRF token
         * @description For a request with the session cookie: who is signed in, the CSRF token to send as X-CSRF-Token on writes, and when the session ends. A page loaded after a single sign-on (or in a new tab) reads its token here; pages of other sites can neither send the SameSite=Strict cookie nor read the answer. A request with an API token has no session (404 no_session).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: components["schemas"]["Me"];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing in with a single sign-on provider
         * @description Answers the provider’s authorization URL (code flow with PKCE, state and nonce) and sets a short-lived HttpOnly, SameSite=Lax cookie holding the state, which the callback must be sent with. Like the password login, only JSON bodies are accepted and browser pages of other sites are refused. 503 sso_provider_unavailable when the provider cannot be reached.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A path of this app to open after signing in (default /). */
                        returnTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send the browser here (the provider’s sign-in page). */
                            authorizationUrl: string;
                            /** @description The sign-in must come back before this instant. */
                            expiresAt: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in buttons: enabled single sign-on providers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SsoButton"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backup-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backup jobs with their last success and state (staff) */
        get: {
            parameters: {
                query?: {
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BackupJob"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up a client’s backup job (owners, admins, service managers)
         * @description The answer holds the job’s token, shown once: the backup posts its results to `webhookPath` with `Authorization: Bearer <token>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Let email reports that did not pass DMARC for the sender’s domain count (default: off; they are kept as unverified).
                         * @default false
                         */
                        acceptUnauthenticated?: boolean;
                        /** @description An asset of the client it protects. */
                        assetId?: string;
                        /** @description Expected schedule: daily at HH:MM in the client’s time zone. */
                        dailyAt?: string;
                        /** @description Expected schedule: a run every N hours. */
                        everyHours?: number;
                        /**
                         * @description How late a success may be before the job counts as stale.
                         * @default 60
                         */
                        graceMinutes?: number;
                        name: string;
                        organizationId: string;
                        /** @description Which email subjects the job’s reports are read with (docs/readiness.md). */
                        product: "veeam" | "acronis" | "datto" | "windows_server_backup" | "other";
                        /** @description What it protects: servers, mailboxes, shares. */
                        protects?: string;
                        /**
                         * Format: email
                         * @description The sender of its email reports.
                         */
                        reportFrom?: string;
                        /** @description The job’s name in its reports’ subjects (default: name; empty: any). */
                        reportName?: string;
                        /**
                         * @description A success after a stale or failed spell resolves the job’s ticket (else only notes it).
                         * @default true
                         */
                        resolveOnSuccess?: boolean;
                        /** @description Recovery point objective: the most data, in hours, the client may lose. */
                        rpoHours: number;
                        /** @description Its own subject pattern (`{status}`, `{job}`, `*`), in place of the product’s. */
                        subjectPattern?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BackupJob"] & {
                            token: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backup-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a backup job (owners, admins, service managers)
         * @description Send the `version` read; a job changed since is 409 `version_conflict`. Fields left out keep their value; null clears. The staleness deadline follows the new RPO, schedule and grace.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acceptUnauthenticated?: boolean;
                        assetId?: string | null;
                        dailyAt?: string | null;
                        everyHours?: number | null;
                        graceMinutes?: number;
                        name?: string;
                        /** @description Which email subjects the job’s reports are read with (docs/readiness.md). */
                        product?: "veeam" | "acronis" | "datto" | "windows_server_backup" | "other";
                        protects?: string;
                        reportFrom?: string | null;
                        reportName?: string;
                        resolveOnSuccess?: boolean;
                        rpoHours?: number;
                        subjectPattern?: string | null;
                        /** @description The job’s version as read. */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BackupJob"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/backup-jobs/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a backup job (owners, admins, service managers)
         * @description Its staleness deadline stops, it leaves the lists and the readiness score, and it takes no more results; its history stays.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The job’s version as read. */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BackupJob"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backup-jobs/{id}/restore-tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a restore test of a job’s backup (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        durationMinutes: number;
                        notes?: string;
                        result: "success" | "partial" | "failed";
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        testedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RestoreTest"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backup-jobs/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A backup job’s latest results, newest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BackupResult"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A backup job reports a result
         * @description Authenticate with the job’s token. A success moves the job’s last success and its staleness deadline; a failure opens the job’s ticket (or notes its open one).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the run finished (default: now).
                         */
                        finishedAt?: string;
                        message?: string;
                        sizeBytes?: number;
                        status: "success" | "warning" | "failed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                            lastSuccessAt: string | null;
                            /** Format: date-time */
                            staleAt: string;
                            /** @description `failed`: the latest result failed. `stale`: no success within the RPO/schedule and grace. `waiting`: never succeeded, not late yet. `warning`, `ok`. */
                            state: "ok" | "warning" | "failed" | "stale" | "waiting";
                            /** @description What the result did to the job’s ticket. */
                            ticket: "opened" | "noted" | "resolved" | "none";
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation’s requests for approval of chargeable work, newest first (client admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalList"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/approvals/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or decline chargeable work, with a comment (client admins of the ticket’s organisation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        decision: "approved" | "declined";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Approval"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/clients/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The currency a client is billed in (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingAccount"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the currency a client is billed in (owner, admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 4217 code, e.g. USD, EUR, GBP. */
                        currency: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingAccount"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/clients/{id}/goodwill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s goodwill ledger: time waived by month and reason, with its value at the contract’s rate (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the client’s time zone. */
                    from?: string;
                    /** @description Last day, inclusive. */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GoodwillLedger"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/contracts/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract’s billing terms and scope, with its block hours’ months (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingTerms"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set a contract’s billing terms and scope (owner, admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Work started outside the contract’s coverage calendar bills at this percentage of the rate (150: 1.5×).
                         * @default 100
                         */
                        afterHoursPercent?: number;
                        /**
                         * @description Chargeable work needs the client’s approval (from the portal) before time is logged on it.
                         * @default false
                         */
                        approvalRequired?: boolean;
                        block?: {
                            lowBalanceMinutes?: number | null;
                            /** @description Prepaid minutes each month. */
                            minutesPerMonth: number;
                            priceMinor?: number | null;
                            /** @description What unused minutes do at the month’s end: lapse (`none`), carry over whole (`next_period`), or up to `rolloverCapMinutes` (`capped`). */
                            rollover: "none" | "next_period" | "capped";
                            rolloverCapMinutes?: number | null;
                        } | null;
                        /** @description Hourly rate of work whose type has no rate of its own. In minor units (cents) of the client's currency. */
                        defaultRateMinor: number;
                        flatFee?: {
                            /** @description The fee per user, per device or per month. In minor units (cents) of the client's currency. */
                            amountMinor: number;
                            /** @description Per user, per device, or a fixed amount per month. */
                            basis: "per_user" | "per_device" | "fixed";
                        } | null;
                        /**
                         * @description Billed time is a whole number of these minutes.
                         * @default 1
                         */
                        incrementMinutes?: number;
                        /** @description `managed`: a flat fee covers in-scope work in covered hours. `block_hours`: prepaid minutes per month cover in-scope work. `time_and_materials`: every minute is billed. */
                        kind: "managed" | "block_hours" | "time_and_materials";
                        /** @description Work shorter than this bills this many minutes. */
                        minimumMinutes?: number;
                        /** @description Rates per staff role, over the work type’s rate: the role’s rate for the work type, else for any work, else the work type’s, else the default. */
                        roleRates?: {
                            /** @description Hourly rate of this role’s work (of the work type, or of any work when null). In minor units (cents) of the client's currency. */
                            rateMinor: number;
                            /** @description The staff role whose work this rate prices. */
                            role: "owner" | "admin" | "service_manager" | "technician";
                            workType?: string | null;
                        }[];
                        /** @description `up`: any part of an increment bills a whole one; `nearest`: half an increment or more does. */
                        rounding?: "up" | "nearest";
                        scope: {
                            /** @description Support of people working from home is in scope; false: the contract covers premises only. */
                            homeWorkers: boolean;
                            /** @description Remote support is in scope. */
                            remote: boolean;
                            siteIds?: string[] | null;
                            workTypes?: string[] | null;
                        };
                        /** @description The version the change was made on (0: none yet); when the terms changed since, 409 version_conflict. */
                        version?: number;
                        workTypes: {
                            /** @description A work type’s key, e.g. `support` or `project`. */
                            key: string;
                            name: string;
                            /** @description Hourly rate of this kind of work. In minor units (cents) of the client's currency. */
                            rateMinor: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingTerms"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/my-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation’s goodwill ledger and block-hour balances (client admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccount"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/tickets/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket’s requests for approval and their answers, newest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalList"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ask the client to approve chargeable work on a ticket, with an estimate (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        location?: "on_site" | "remote" | "home";
                        /** @description The estimate: minutes of work. */
                        minutes: number;
                        /** @description What the work is, for the client. */
                        note?: string;
                        /** @description The kind of work (a key of the contract’s work types): it picks the rate. */
                        workType: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Approval"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/tickets/{id}/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket’s time entries, your running timer and what new time would be (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketTime"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/tickets/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log time on a ticket by hand, classified by the client’s contract (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description `on_site` at a client site, `remote` support, or `home`: for a person working from home. */
                        location?: "on_site" | "remote" | "home";
                        /** @description Minutes worked, at most a day per entry. */
                        minutes: number;
                        note?: string;
                        /** Format: date-time */
                        startedAt: string;
                        /** @description Who did the work; left out: you. Someone else’s time: owner, admin or service manager. */
                        userId?: string;
                        /** @description A work type’s key, e.g. `support` or `project`. */
                        workType: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/tickets/{id}/timer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start your timer on a ticket (one at a time) (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description `on_site` at a client site, `remote` support, or `home`: for a person working from home. */
                        location?: "on_site" | "remote" | "home";
                        /** @description A work type’s key, e.g. `support` or `project`. */
                        workType: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RunningTimer"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/tickets/{id}/timer/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop your timer on a ticket and log its time (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/time-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reclassify a time entry: billable, covered, not billable, or waived as goodwill with a reason */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description `billable` (chargeable), `covered` by the contract, `non_billable`, or `goodwill`: chargeable work waived, with its reason. */
                        classification: "billable" | "covered" | "non_billable" | "goodwill";
                        /** @description Required for `goodwill`: why the time is waived. */
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/billing/waivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waive time as goodwill in one go: entries by id, or the billable time on tickets, on an incident’s child tickets or on a campaign’s people’s tickets
         * @description One transaction: every entry is waived or none. The account manager of every client concerned, an owner or an admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Waive every billable, uninvoiced entry on the tickets of the rollout campaign’s people. */
                        campaignId?: string;
                        entryIds?: string[];
                        /** @description Waive every billable, uninvoiced entry on the incident’s child tickets. */
                        incidentId?: string;
                        reason: string;
                        /** @description Waive every billable, uninvoiced entry on these tickets. */
                        ticketIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WaiveResult"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List coverage calendars */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Calendar"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a coverage calendar */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Weekly breaks removed from the weekly hours (not from an exception’s own hours). */
                        breaks?: {
                            /** @description The weekdays it recurs on; at least one. */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /** @description Local time HH:MM (24:00 ends a day). */
                            end: string;
                            /** @description Local time HH:MM (24:00 ends a day). */
                            start: string;
                        }[];
                        customHolidays?: string[];
                        exceptions?: {
                            closed?: boolean;
                            /** @description Local date YYYY-MM-DD. */
                            date: string;
                            windows?: {
                                /** @description Local time HH:MM (24:00 ends a day). */
                                end: string;
                                /** @description Local time HH:MM (24:00 ends a day). */
                                start: string;
                            }[];
                        }[];
                        holidays?: {
                            country: string;
                            region?: string;
                        }[];
                        name: string;
                        /** @description Fills the weekly windows; give either a preset or windows. */
                        preset?: "24x7" | "24x5" | "business-hours";
                        /** @description IANA time zone. */
                        timeZone: string;
                        /** @description Weekly windows; one may span days (fri 18:00 → sun 23:59). */
                        windows?: {
                            endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            /** @description Local time HH:MM (24:00 ends a day). */
                            endTime: string;
                            startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            /** @description Local time HH:MM (24:00 ends a day). */
                            startTime: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Calendar"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a calendar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Calendar"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a calendar (open tickets’ clocks follow) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Weekly breaks removed from the weekly hours (not from an exception’s own hours). */
                        breaks?: {
                            /** @description The weekdays it recurs on; at least one. */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /** @description Local time HH:MM (24:00 ends a day). */
                            end: string;
                            /** @description Local time HH:MM (24:00 ends a day). */
                            start: string;
                        }[];
                        customHolidays?: string[];
                        exceptions?: {
                            closed?: boolean;
                            /** @description Local date YYYY-MM-DD. */
                            date: string;
                            windows?: {
                                /** @description Local time HH:MM (24:00 ends a day). */
                                end: string;
                                /** @description Local time HH:MM (24:00 ends a day). */
                                start: string;
                            }[];
                        }[];
                        holidays?: {
                            country: string;
                            region?: string;
                        }[];
                        name?: string;
                        /** @description Fills the weekly windows; give either a preset or windows. */
                        preset?: "24x7" | "24x5" | "business-hours";
                        /** @description IANA time zone. */
                        timeZone?: string;
                        /** @description Weekly windows; one may span days (fri 18:00 → sun 23:59). */
                        windows?: {
                            endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            /** @description Local time HH:MM (24:00 ends a day). */
                            endTime: string;
                            startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            /** @description Local time HH:MM (24:00 ends a day). */
                            startTime: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Calendar"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/calendars/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The covered hours of a calendar (saved or a draft) over one week, with its holidays and exceptions
         * @description Computed by the clocks’ own calendar code; each day’s segments are placed by the share of its real length (23 or 25 hours on a daylight-saving change). Nothing is saved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A saved calendar (calendarId) or a draft (calendar), not both. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An unsaved calendar, as it would be created. */
                        calendar?: {
                            /** @description Weekly breaks removed from the weekly hours (not from an exception’s own hours). */
                            breaks?: {
                                /** @description The weekdays it recurs on; at least one. */
                                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description Local time HH:MM (24:00 ends a day). */
                                end: string;
                                /** @description Local time HH:MM (24:00 ends a day). */
                                start: string;
                            }[];
                            customHolidays?: string[];
                            exceptions?: {
                                closed?: boolean;
                                /** @description Local date YYYY-MM-DD. */
                                date: string;
                                windows?: {
                                    /** @description Local time HH:MM (24:00 ends a day). */
                                    end: string;
                                    /** @description Local time HH:MM (24:00 ends a day). */
                                    start: string;
                                }[];
                            }[];
                            holidays?: {
                                country: string;
                                region?: string;
                            }[];
                            name?: string;
                            /** @description Fills the weekly windows; give either a preset or windows. */
                            preset?: "24x7" | "24x5" | "business-hours";
                            /** @description IANA time zone. */
                            timeZone: string;
                            /** @description Weekly windows; one may span days (fri 18:00 → sun 23:59). */
                            windows?: {
                                endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local time HH:MM (24:00 ends a day). */
                                endTime: string;
                                startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local time HH:MM (24:00 ends a day). */
                                startTime: string;
                            }[];
                        };
                        calendarId?: string;
                        /** @description Show the week in this IANA zone (default: the calendar’s own). */
                        timeZone?: string;
                        /**
                         * Format: date
                         * @description Any day of the week to show; weeks start on Monday.
                         */
                        week: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoverageWeek"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-people/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a step of a person’s checklist done, blocked, not needed or open (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required when blocked: what blocks it. */
                        note?: string;
                        position: number;
                        /** @description `open`, `done`, `blocked` (the note says by what) or `not_needed`. */
                        state: "open" | "done" | "blocked" | "not_needed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: string;
                            personId: string;
                            position: number;
                            /** @description `open`, `done`, `blocked` (the note says by what) or `not_needed`. */
                            state: "open" | "done" | "blocked" | "not_needed";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-people/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log time on a person of a campaign, optionally for one step (staff)
         * @description The person’s campaign work is one ticket, opened with the first time logged; the time is logged on it and classified and priced by the client’s contract, as on any ticket.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minutes worked, at most a day per entry. */
                        minutes: number;
                        note?: string;
                        /** @description The checklist step the work was for. */
                        position?: number;
                        /**
                         * Format: date-time
                         * @description When the work started; left out: it ended now.
                         */
                        startedAt?: string;
                        /** @description Left out: the step’s work type, else `support`. */
                        workType?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: components["schemas"]["TimeEntry"];
                            /** @description The person’s ticket the time was logged on (opened with the first time). */
                            ticketId: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checklist templates (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The templates this client may use: global ones and its own. */
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CampaignTemplate"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a checklist template, global or for one client (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Only for this client; left out: for every client. */
                        organizationId?: string;
                        steps: {
                            title: string;
                            /** @description A billing work type key of the contract’s terms (`support`, `project` …); left out: `support`. */
                            workType?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignTemplate"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rollout campaigns with their progress, newest first (staff; a client’s administrator: the client’s own) */
        get: {
            parameters: {
                query?: {
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Campaign"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Start a rollout campaign for a client from a checklist template (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day everyone should be done, YYYY-MM-DD.
                         */
                        dueOn: string;
                        name: string;
                        organizationId: string;
                        templateId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign’s progress: per step, per technician, and its blockers (staff; a client’s administrator: the client’s own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign people of a campaign to a technician in bulk, by id or by filter (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        filter?: {
                            /** @description Only this technician’s people. */
                            assigneeId?: string;
                            /** @description `home`: works from home. `site`: at one of the client’s sites. */
                            location?: "home" | "site";
                            /** @description Only people nobody has yet. */
                            unassigned?: boolean;
                        };
                        /** @description These people; left out: everyone matching `filter`. */
                        personIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigned: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people × steps grid: each person’s checklist, assignee, and each step’s coverage by the contract (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CampaignPerson"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a campaign’s people from a CSV: preview, then apply (staff)
         * @description Each row matches a contact of the client (by email, else full name) or creates one, and gets one checklist. Invalid rows are listed with their line and column; applying imports the valid rows.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description `false`: only say what each row would do and what is wrong. `true`: import the valid rows; invalid ones stay listed.
                         * @default false
                         */
                        apply?: boolean;
                        /** @description The file’s text. First line: the columns, any of name, email, phone, site (a site’s name, or `home`; `location` is another name for it), notes; name required. Comma, semicolon or tab separated. */
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description People added to the campaign (0 in a preview). */
                            added: number;
                            applied: boolean;
                            problems: {
                                code: string;
                                column: string;
                                message: string;
                                /** @description The line, the header being 1. */
                                row: number;
                            }[];
                            rows: {
                                action: "match_contact" | "create_contact" | "already_in_campaign";
                                contactId: string | null;
                                email: string;
                                /** @description `home`: works from home. `site`: at one of the client’s sites. */
                                location: "home" | "site";
                                name: string;
                                row: number;
                                siteName: string | null;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients by name with their open tickets, breaches, contract, sites and contacts (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Also list archived clients. */
                    includeArchived?: boolean;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    /** @description Part of the name. */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ClientOverview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/dr-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client’s DR plan, with a row for each of its vendor dependencies (staff)
         * @description A client without a plan answers version 0.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DrPlan"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Write a client’s DR plan (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deciderContactId?: string | null;
                        fallbacks?: {
                            dependencyId: string;
                            fallback: string;
                        }[];
                        lastReviewedOn?: string | null;
                        notes?: string;
                        /** @description Recovery time objective, in hours. */
                        rtoHours: number;
                        /** @description The version it was read at (0: no plan yet). */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DrPlan"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s DR readiness score and what lowers it (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/restore-tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s restore tests, newest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RestoreTest"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find contacts
         * @description By name, phone number (international, national or trailing digits, with the match shown) or email: "who is calling".
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    email?: string;
                    /** @description Also list archived records (hidden by default). */
                    includeArchived?: boolean;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                    /** @description A caller’s number in any format: international, national (read in the countries of the client organisations), or at least 4 trailing digits. Each contact found says which number matched and how (`match`). */
                    phone?: string;
                    /** @description Part of the name. */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contact"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        emails?: string[];
                        name: string;
                        organizationId: string;
                        phones?: {
                            label?: string;
                            /** @description International (+44 113 200 0001, 0044 …) or national in the organisation’s country (0113 200 0001); an extension may follow (ext. 204, x204, #204). Stored in E.164. */
                            number: string;
                        }[];
                        siteId?: string | null;
                        title?: string;
                        vip?: boolean;
                        workLocation?: "site" | "home";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contact */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        emails?: string[];
                        name?: string;
                        phones?: {
                            label?: string;
                            /** @description International (+44 113 200 0001, 0044 …) or national in the organisation’s country (0113 200 0001); an extension may follow (ext. 204, x204, #204). Stored in E.164. */
                            number: string;
                        }[];
                        siteId?: string | null;
                        title?: string;
                        vip?: boolean;
                        workLocation?: "site" | "home";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a contact
         * @description Hidden from lists and caller search from now on; its tickets stay as they are, open ones keep their clocks, and new tickets naming it are refused (422). Archiving twice keeps the first instant.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addresses of the contact that bounced, with the reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                at: string;
                                contactId: string | null;
                                diagnostic: string;
                                hard: boolean;
                                reason: string;
                                status: string | null;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived contact
         * @description Listed and searchable again, and new tickets may name it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contracts, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contract"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a contract with coverage rules
         * @description Activating a contract retires the client’s other active contract; open tickets’ clocks follow the new one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description Ordered rules; the first that matches the ticket’s priority and site applies. */
                        coverage: {
                            calendarId: string;
                            priorities?: ("P1" | "P2" | "P3" | "P4")[];
                            siteIds?: string[];
                        }[];
                        endsAt?: string | null;
                        kind: "managed" | "block_hours" | "time_and_materials";
                        name: string;
                        organizationId: string;
                        slaPolicyId: string;
                        /**
                         * Format: date-time
                         * @description The contract covers tickets opened from this instant; left out when created: now. Tickets opened before it get no clocks from it.
                         */
                        startsAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contract */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contract (open tickets’ clocks follow) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description Ordered rules; the first that matches the ticket’s priority and site applies. */
                        coverage?: {
                            calendarId: string;
                            priorities?: ("P1" | "P2" | "P3" | "P4")[];
                            siteIds?: string[];
                        }[];
                        endsAt?: string | null;
                        kind?: "managed" | "block_hours" | "time_and_materials";
                        name?: string;
                        slaPolicyId?: string;
                        /**
                         * Format: date-time
                         * @description The contract covers tickets opened from this instant; left out when created: now. Tickets opened before it get no clocks from it.
                         */
                        startsAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a contract’s coverage (saved or a draft) covers over one week, in the client’s time zone
         * @description The hours of every calendar the rules name, and for a ticket of each priority at each site (or none), which rule and calendar apply — the first matching rule, as for the clocks. Nothing is saved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A contract’s coverage rules, saved or not, shown in the client’s time zone. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ordered rules; the first that matches the ticket’s priority and site applies. */
                        coverage: {
                            calendarId: string;
                            priorities?: ("P1" | "P2" | "P3" | "P4")[];
                            siteIds?: string[];
                        }[];
                        organizationId: string;
                        /**
                         * Format: date
                         * @description Any day of the week to show; weeks start on Monday.
                         */
                        week: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoverageWeek"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the demo provider “sent”, newest first
         * @description Messages kept by a provider of kind demo instead of being sent: nothing here left the machine. Staff only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Messages per page (1–100). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DemoMessage"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients’ dependencies on vendor services, of one service or one client (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                    serviceId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Dependency"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record that a client depends on a service (owner, admin, service manager)
         * @description For the client as a whole, or for one of its sites (`siteId`); one record per service, client and site. Criticality defaults to normal.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How badly the client is hit when the service is down: critical, high, normal or low. */
                        criticality?: "critical" | "high" | "normal" | "low";
                        /** @description The client’s fallback while the service is down (a manual process, a backup system). */
                        fallback?: string;
                        /** @description The client’s contacts who hear of an incident on this service by email; empty (default): the client’s VIPs, else every contact. */
                        notifyContactIds?: string[];
                        organizationId: string;
                        /** @description What the client uses the service for: “line-of-business app”, “email”, “backups”. */
                        purpose?: string;
                        serviceId: string;
                        siteId?: string | null;
                        /** @description The workaround checklist, one step each; an incident’s child ticket for the client starts from it. */
                        workaroundSteps?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dependency"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dependencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s dependency on a service (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dependency"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Remove a dependency (owner, admin, service manager)
         * @description Incidents declared from it keep their children and checklists.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a dependency: site, purpose, criticality, fallback, checklist (owner, admin, service manager) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How badly the client is hit when the service is down: critical, high, normal or low. */
                        criticality?: "critical" | "high" | "normal" | "low";
                        /** @description The client’s fallback while the service is down (a manual process, a backup system). */
                        fallback?: string;
                        /** @description The client’s contacts who hear of an incident on this service by email; empty (default): the client’s VIPs, else every contact. */
                        notifyContactIds?: string[];
                        /** @description What the client uses the service for: “line-of-business app”, “email”, “backups”. */
                        purpose?: string;
                        siteId?: string | null;
                        /** @description The workaround checklist, one step each; an incident’s child ticket for the client starts from it. */
                        workaroundSteps?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dependency"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/escalation-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List escalation policies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EscalationPolicy"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an escalation policy
         * @description Ordered steps with delays in covered (business) or wall-clock minutes, targets, and repeats. Running ladders keep the version they started with.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        match: {
                            businessCritical?: boolean;
                            contractIds?: string[];
                            priorities?: ("P1" | "P2" | "P3" | "P4")[];
                            /** @description created: as soon as a matching ticket is open. */
                            trigger: "created" | "sla.warning" | "sla.breached";
                        };
                        name: string;
                        repeat?: {
                            fromStep: number;
                            times: number | null;
                        };
                        steps: {
                            /** @default business */
                            delayKind?: "wall" | "business";
                            delayMinutes: number;
                            /** @default trigger */
                            from?: "trigger" | "previous";
                            /** @default true */
                            requiresAck?: boolean;
                            targets: ({
                                /** @enum {string} */
                                type: "user";
                                userId: string;
                            } | {
                                role: "assignee" | "team_lead" | "service_manager" | "owner" | "account_manager";
                                /** @enum {string} */
                                type: "role";
                            } | {
                                scheduleId: string;
                                /** @enum {string} */
                                type: "schedule";
                            })[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationPolicy"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalation-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an escalation policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationPolicy"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an escalation policy
         * @description New tickets no longer start it; tickets already climbing it keep the version they started with until acknowledged or resolved.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an escalation policy (running ladders keep their snapshot) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        match?: {
                            businessCritical?: boolean;
                            contractIds?: string[];
                            priorities?: ("P1" | "P2" | "P3" | "P4")[];
                            /** @description created: as soon as a matching ticket is open. */
                            trigger: "created" | "sla.warning" | "sla.breached";
                        };
                        name?: string;
                        repeat?: {
                            fromStep: number;
                            times: number | null;
                        };
                        steps?: {
                            /** @default business */
                            delayKind?: "wall" | "business";
                            delayMinutes: number;
                            /** @default trigger */
                            from?: "trigger" | "previous";
                            /** @default true */
                            requiresAck?: boolean;
                            targets: ({
                                /** @enum {string} */
                                type: "user";
                                userId: string;
                            } | {
                                role: "assignee" | "team_lead" | "service_manager" | "owner" | "account_manager";
                                /** @enum {string} */
                                type: "role";
                            } | {
                                scheduleId: string;
                                /** @enum {string} */
                                type: "schedule";
                            })[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationPolicy"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/escalation-policies/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who each step would page now
         * @description Resolves the steps (of a policy being built, not yet saved) with the same code the engine pages with. With a ticket, its assignee, team lead and account manager are resolved too, and each step is timed in its covered hours.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        steps: {
                            /** @default business */
                            delayKind?: "wall" | "business";
                            delayMinutes: number;
                            /** @default trigger */
                            from?: "trigger" | "previous";
                            /** @default true */
                            requiresAck?: boolean;
                            targets: ({
                                /** @enum {string} */
                                type: "user";
                                userId: string;
                            } | {
                                role: "assignee" | "team_lead" | "service_manager" | "owner" | "account_manager";
                                /** @enum {string} */
                                type: "role";
                            } | {
                                scheduleId: string;
                                /** @enum {string} */
                                type: "schedule";
                            })[];
                        }[];
                        /** @description A ticket id or number (SB-1042): resolves its assignee, team lead and account manager, and times the steps in its covered hours. */
                        ticket?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationPreview"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fraud-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fraud warnings for clients’ users
         * @description A client’s users get their own organisation’s running warnings (the portal banner), words only; staff get every warning, newest first, filtered by client and whether it runs.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: true for running warnings only. Client users always get their own organisation’s running warnings. */
                    active?: boolean;
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FraudWarning"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Warn a client’s users of a confirmed fraud
         * @description Staff only. Shows the text as a banner in the client’s portal and mails it to every contact of the client with an address on file (template `fraud_warning`). The flag’s call-back must have found fraud.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        flagId: string;
                        /** @description The banner’s words, e.g. “A message pretending to be from … asked to change bank details; do not act on it.” */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FraudWarning"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fraud-warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reword or end a fraud warning
         * @description Staff only. `active: false` takes the banner down.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false ends the warning: its banner goes. */
                        active?: boolean;
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FraudWarning"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/heartbeats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Heartbeat checks (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Heartbeat"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up a heartbeat check (owner and admin)
         * @description A job of one client that must report (POST /api/v1/heartbeats/report with the check’s token) every `intervalMinutes`; silent for longer than that plus `graceMinutes`, it opens a ticket. The token is shown once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        /** @description Extra minutes before silence counts (default 5). */
                        graceMinutes?: number;
                        /** @description The job reports at least this often. */
                        intervalMinutes: number;
                        name: string;
                        organizationId: string;
                        /** @description P1 (critical) to P4 (low). */
                        priority?: "P1" | "P2" | "P3" | "P4";
                        /** @description The next successful report resolves the silence’s ticket (default true). */
                        resolveOnRecovery?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HeartbeatWithToken"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/heartbeats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A heartbeat check (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Heartbeat"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a heartbeat check (owner and admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        /** @description Extra minutes before silence counts (default 5). */
                        graceMinutes?: number;
                        /** @description The job reports at least this often. */
                        intervalMinutes?: number;
                        name?: string;
                        /** @description P1 (critical) to P4 (low). */
                        priority?: "P1" | "P2" | "P3" | "P4";
                        /** @description The next successful report resolves the silence’s ticket (default true). */
                        resolveOnRecovery?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Heartbeat"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/heartbeats/{id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a heartbeat check a new token (owner and admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HeartbeatWithToken"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/heartbeats/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A heartbeat check’s job reports in
         * @description Authenticate with the check’s token. No body (or `{}`) reports success: the silence deadline moves on and a silence’s or failure’s ticket is resolved. `{"status": "failure", "message": …}` opens (or keeps) a ticket at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message?: string;
                        /** @description Default success. A failure fires the check’s alert at once. */
                        status?: "success" | "failure";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alert: components["schemas"]["FoldOutcome"] | null;
                            /** Format: date-time */
                            dueAt: string;
                            heartbeatId: string;
                            /** Format: date-time */
                            lastPingAt: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holiday-countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The countries and regions whose public holidays a calendar can close on (date-holidays) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HolidayCountries"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be imported, and the column names each layout reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportFormats"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ImportRun"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a CSV file for a preview (nothing is imported yet)
         * @description The body is the file itself, `Content-Type: text/csv` (UTF-8; comma, semicolon or tab separated; the first row names the columns), read as it streams in. Every row is planned — create, update, skip or error, and why — against what is on file; nothing but the preview is written. Apply the run to import it. Over the size limit: 413 file_too_large.
         */
        post: {
            parameters: {
                query: {
                    /** @description The file’s name, shown in the list of imports. */
                    fileName?: string;
                    /** @description Whose column names the file uses. */
                    format?: "switchboard" | "connectwise" | "autotask" | "halopsa";
                    /** @description What the file holds: clients, sites, contacts, staff or tickets (open ones). */
                    kind: "clients" | "sites" | "contacts" | "staff" | "tickets";
                    /** @description IANA time zone for new clients whose row names none and whose country has several (or none). */
                    timeZone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An uploaded file: its preview, and how far applying it has come. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: its preview’s counts and how far applying it has come */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An uploaded file: its preview, and how far applying it has come. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the previewed rows (in the background; follow the run’s progress)
         * @description Rows planned to create or update are written in chunks, each planned again against what is on file then; rows with errors are left for the errors file. Applying a failed or interrupted run resumes it without writing a row twice. 409 import_running while another request applies it, import_finished once it is done.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An uploaded file: its preview, and how far applying it has come. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows to fix, as CSV: the file’s own columns, the row number and its problems
         * @description Fix the rows and upload the file again (the two added columns are ignored); rows already imported match and are skipped.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import’s rows in file order: the plan of each, and what applying did */
        get: {
            parameters: {
                query?: {
                    /** @description Only rows planned so. */
                    action?: "create" | "update" | "skip" | "error";
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ImportRow"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incident-banners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open incidents that touch the client user’s organisation, for the portal’s banner (client users) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentBanners"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents, the latest declared first (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncidentSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Declare a vendor incident: a child ticket per impacted client (staff)
         * @description Opens one child ticket per client depending on the services (its description holds the client’s fallback and workaround checklist), or attaches the open ticket named in `attachTicketIds` for that client. Written a chunk of clients per transaction; an `Idempotency-Key` retry answers the incident, or finishes one left `declaring`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Open tickets of impacted clients to attach as their children instead of opening new ones (one per client). */
                        attachTicketIds?: string[];
                        /** @description The vendor services that are down. */
                        serviceIds: string[];
                        /** @description What is down and what is known; it opens every child ticket’s description. */
                        summary: string;
                        /** @description The subject of every child ticket. */
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident with its children: client, ticket and workaround state (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the vendor’s side: its ticket number, who we spoke to, its promise (staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who we spoke to at the vendor. */
                        vendorContact?: string;
                        vendorPromisedAt?: string | null;
                        /** @description The vendor’s own ticket or case number. */
                        vendorTicket?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incidents/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item to the review: title, assignee, due date (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: string | null;
                        dueOn?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentAction"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action item or mark it done (staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: string | null;
                        done?: boolean;
                        dueOn?: string | null;
                        title?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentAction"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incidents/{id}/children/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set where a client’s workaround stands and which checklist steps are done (staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    organizationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The checklist’s steps done, by index from 0: the whole set, replacing the one before. */
                        stepsDone?: number[];
                        /** @description Where the client’s workaround stands: not_started, in_place, not_needed or blocked. */
                        workaroundState?: "not_started" | "in_place" | "not_needed" | "blocked";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incidents/{id}/children/{organizationId}/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detach a client’s child ticket: the incident lets it go and its own escalation runs again (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    organizationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the ticket is no longer the incident’s to run. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard an unfinished declaration: the incident becomes `discarded`, the children written so far are let go (staff)
         * @description Only an incident still `declaring` a minute after its declaration (its request died between chunks): 409 `incident_not_declaring` or `declaration_in_progress` otherwise.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the unfinished declaration is given up. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve the incident: its children resolved with the closing update, some kept open with a reason (staff)
         * @description Each child ticket not kept open gets `note` as a public reply and is resolved; a child kept open (or held open by a resolve guard) is let go, its own escalation running again. The review’s first draft is written from the event log. A request that dies midway is finished by resolving again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Children to keep open, each with why: the incident lets them go and their own escalation runs again. */
                        keepOpen?: {
                            organizationId: string;
                            reason: string;
                        }[];
                        /** @description The closing update: a public reply on every child ticket resolved. */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The post-incident review and its action items (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentReview"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Edit the post-incident review (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The review, Markdown (raw HTML stays text). */
                        body: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentReview"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post an update on the incident: status pages, every child’s timeline, the affected clients’ people by email (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The update, plain text: shown on the status pages, copied into every child’s timeline, mailed to the affected clients. */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            id: string;
                            /** @description Mails queued to the affected clients’ people. */
                            mailed: number;
                            /** Format: date-time */
                            postedAt: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The clients an outage of these services hits, before declaring it (staff)
         * @description From the dependency records: each client with its criticality, the priority its child ticket would get, whether its contract covers that priority right now, its fallback and checklist, and its open tickets that mention the vendor or a service. Writes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The vendor services that are down. */
                        serviceIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentPreview"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an export file as it was made (owner, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV file. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoice runs, newest first (owner, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InvoiceRunSummary"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start an invoice run over a period: a draft invoice per client (owner, admin)
         * @description Drafts claim no time: entries are claimed when the run is approved, so a repeated or overlapping run bills nothing twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description First day of the period, in each client’s time zone.
                         */
                        from: string;
                        /** @description One client; left out: every client with billing terms or unbilled time. */
                        organizationId?: string;
                        /**
                         * Format: date
                         * @description Last day of the period, inclusive (at most a year after `from`).
                         */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice run with its invoices (totals; the lines with each invoice) and its export files (owner, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-runs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft run: number its invoices and mark their time invoiced (owner, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The run’s version as read; another change since is 409 version_conflict. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-runs/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a draft run; drafts claim no time, so this frees nothing (owner, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The run’s version as read; another change since is 409 version_conflict. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-runs/{id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an accounting export file of an approved run: Xero or QuickBooks Online CSV (owner, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description `xero`: Xero’s sales invoice import CSV. `quickbooks`: QuickBooks Online’s invoice import CSV. */
                        format: "xero" | "quickbooks";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceExport"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-runs/{id}/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved run’s invoices as sent (owner, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The run’s version as read; another change since is 409 version_conflict. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRun"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s invoicing settings: tax rate and name, payment terms, accounting name (owner, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceSettings"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set a client’s invoicing settings (owner, admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerName?: string | null;
                        /** @description Days from the invoice date to its due date. */
                        paymentTermsDays: number;
                        /** @description The tax’s name on the invoice; for Xero, the tax rate’s display name there, e.g. "20% (VAT on Income)". */
                        taxName: string;
                        /** @description Tax rate in basis points: 2000 is 20%, 825 is 8.25%. */
                        taxRateBp: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceSettings"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice with its lines (owner, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice as a PDF (owner, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Knowledge-base articles: searched best match first with `q`, else newest change first
         * @description Staff see every article; client users only live client-visible ones that are global or their own organisation’s.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: archived articles instead of live ones. */
                    archived?: boolean;
                    /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
                    audience?: "internal" | "clients";
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    /** @description `all`: every word must match. `any`: at least one, the more the better, without function words such as “the” or “for” (searching with a ticket’s subject). */
                    match?: "all" | "any";
                    /** @description Only articles that apply to this client: global ones and its own. */
                    organizationId?: string;
                    /** @description Words to search for (the last as a prefix); results best match first. */
                    q?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["KbArticleSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Write an article (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
                        audience: "internal" | "clients";
                        /** @description Markdown. Raw HTML in it is shown as text; the rendered HTML is sanitised. */
                        body: string;
                        organizationId?: string | null;
                        /** @description Stored lower-case, without repeats. */
                        tags?: string[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticle"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article with its Markdown and sanitised HTML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticle"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, archive or restore an article (staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Archived articles are kept (and stay linked to the tickets they solved) but are neither listed nor searched, and clients cannot open them. */
                        archived?: boolean;
                        /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
                        audience?: "internal" | "clients";
                        /** @description Markdown. Raw HTML in it is shown as text; the rendered HTML is sanitised. */
                        body?: string;
                        organizationId?: string | null;
                        /** @description Stored lower-case, without repeats. */
                        tags?: string[];
                        title?: string;
                        /** @description The version the change was made on: when given and the article changed since, 409 version_conflict. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticle"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/kb/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Markdown rendered and sanitised as saving an article would (staff): the editor’s preview */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Markdown. Raw HTML in it is shown as text; the rendered HTML is sanitised. */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbPreview"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/solved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per client, the articles that solved the most of its tickets (staff)
         * @description Counts the tickets each article was marked as having solved ("this solved it"), per client of the ticket; archived articles are included and marked.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this client. */
                    organizationId?: string;
                    /** @description Articles listed per client. */
                    perClient?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["KbSolvedRow"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Client-visible articles matching what a client types (the portal’s new request)
         * @description Only live client-visible articles, global or of the caller’s own organisation (staff: of any client), matching any of the words, best match first.
         */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    /** @description What the client has typed so far (a new request’s subject). */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["KbArticleSummary"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Always as a download (Content-Disposition: attachment) with nosniff, never shown inline.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The attachment’s bytes. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One received message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundMail"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/outbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the desk answers by email
         * @description True when a mailbox can send: staff replies and ticket notifications then go to the client’s contact by email too. The portal says so.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sendsEmail: boolean;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The words of our mail per event, for the desk or one client, and where each comes from */
        get: {
            parameters: {
                query?: {
                    /** @description The client whose template this is; absent: the desk’s own, used for every client without one. */
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                event: string;
                                fromName: string | null;
                                organizationId: string | null;
                                signature: string | null;
                                /** @description client, desk or default: where each event’s words come from for this client. */
                                source: string;
                                subject: string;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/templates/{event}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the words, sender name and signature of one event’s mail, for the desk or one client */
        put: {
            parameters: {
                query?: {
                    /** @description The client whose template this is; absent: the desk’s own, used for every client without one. */
                    organizationId?: string;
                };
                header?: never;
                path: {
                    /** @description reply (a staff public reply), created, acknowledged, resolved (notifications to the ticket’s contact), fraud_warning (a published fraud warning, to every contact of the client). */
                    event: "reply" | "created" | "acknowledged" | "resolved" | "fraud_warning";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Placeholders as the subject, and {{body}} (the reply) and {{portalUrl}}; for fraud_warning, {{warning}} (the warning’s text as staff wrote it); for resolved, {{ratingLinks}} (the one-click rating links, or nothing). */
                        body: string;
                        fromName?: string | null;
                        signature?: string | null;
                        /** @description Placeholders: {{number}}, {{subject}}, {{contactName}}, {{mspName}}. */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            event: string;
                            fromName: string | null;
                            organizationId: string | null;
                            signature: string | null;
                            /** @description client, desk or default: where each event’s words come from for this client. */
                            source: string;
                            subject: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The triage queue: messages from unknown senders */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InboundMail"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/triage/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a contact from a triage message’s sender, then file the message (a new ticket or its thread) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default: the sender’s display name, else the address. */
                        name?: string;
                        organizationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundMail"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/triage/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a triage message (it stays stored) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mailboxes with their status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Mailbox"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a mailbox (IMAP, or an address of the SMTP listener) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        /** @description P1 (critical) to P4 (low). */
                        defaultPriority?: "P1" | "P2" | "P3" | "P4";
                        enabled?: boolean;
                        /** @description Minutes without a successful poll or IDLE before the admins are paged (default 30). */
                        healthMinutes?: number;
                        imap?: {
                            /** @description password (default) or oauth2 (XOAUTH2 with a refresh token). */
                            auth?: "password" | "oauth2";
                            /** @description Folder read; default INBOX. */
                            folder?: string;
                            /** @description Host name or address. */
                            host: string;
                            oauth?: {
                                /** @description The application (client) id of the app registration. */
                                clientId: string;
                                /** @description Microsoft 365 (Entra ID) or Google Workspace. */
                                provider: "microsoft" | "google";
                                /** @description Microsoft 365: the directory (tenant) id or domain; default `organizations`. */
                                tenant?: string;
                                /** @description Another token endpoint (a sovereign cloud). */
                                tokenUrl?: string;
                            };
                            port?: number;
                            processedFolder?: string | null;
                            /** @description TLS from the first byte (port 993, the default); false uses STARTTLS when offered. */
                            secure?: boolean;
                            username: string;
                        };
                        /** @description imap: fetched from a server; smtp: delivered to the built-in listener. */
                        kind: "imap" | "smtp";
                        name: string;
                        outgoing?: {
                            /** @description Host name or address. */
                            host: string;
                            port?: number;
                            /** @description TLS from the first byte (465); false (default, port 587) uses STARTTLS when offered. */
                            secure?: boolean;
                            /** @description Login with the mailbox password or OAuth2 token; none when absent. */
                            username?: string;
                        } | null;
                        /** @description A reply from someone outside the ticket’s client: an internal note (default) or a new ticket. */
                        outsideSender?: "note" | "new_ticket";
                        /** @description Stored encrypted; never returned. */
                        secrets?: {
                            clientSecret?: string;
                            password?: string;
                            refreshToken?: string;
                        };
                        teamId?: string | null;
                        trustedAuthservId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Mailbox"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mailbox and its status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Mailbox"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a mailbox (secrets given replace the stored ones) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        /** @description P1 (critical) to P4 (low). */
                        defaultPriority?: "P1" | "P2" | "P3" | "P4";
                        enabled?: boolean;
                        /** @description Minutes without a successful poll or IDLE before the admins are paged (default 30). */
                        healthMinutes?: number;
                        imap?: {
                            /** @description password (default) or oauth2 (XOAUTH2 with a refresh token). */
                            auth?: "password" | "oauth2";
                            /** @description Folder read; default INBOX. */
                            folder?: string;
                            /** @description Host name or address. */
                            host: string;
                            oauth?: {
                                /** @description The application (client) id of the app registration. */
                                clientId: string;
                                /** @description Microsoft 365 (Entra ID) or Google Workspace. */
                                provider: "microsoft" | "google";
                                /** @description Microsoft 365: the directory (tenant) id or domain; default `organizations`. */
                                tenant?: string;
                                /** @description Another token endpoint (a sovereign cloud). */
                                tokenUrl?: string;
                            };
                            port?: number;
                            processedFolder?: string | null;
                            /** @description TLS from the first byte (port 993, the default); false uses STARTTLS when offered. */
                            secure?: boolean;
                            username: string;
                        };
                        name?: string;
                        outgoing?: {
                            /** @description Host name or address. */
                            host: string;
                            port?: number;
                            /** @description TLS from the first byte (465); false (default, port 587) uses STARTTLS when offered. */
                            secure?: boolean;
                            /** @description Login with the mailbox password or OAuth2 token; none when absent. */
                            username?: string;
                        } | null;
                        /** @description A reply from someone outside the ticket’s client: an internal note (default) or a new ticket. */
                        outsideSender?: "note" | "new_ticket";
                        /** @description Stored encrypted; never returned. */
                        secrets?: {
                            clientSecret?: string;
                            password?: string;
                            refreshToken?: string;
                        };
                        teamId?: string | null;
                        trustedAuthservId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Mailbox"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/oncall/now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every schedule: who is on call now and the next hand-off */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            items: {
                                name: string;
                                nextHandoff: components["schemas"]["OncallHandoff"] | null;
                                onCall: components["schemas"]["OncallPerson"][];
                                scheduleId: string;
                                timeZone: string;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List on-call schedules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OncallSchedule"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an on-call schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Bottom first: a later layer overrides earlier ones where it is active. */
                        layers: {
                            /** @description Local YYYY-MM-DD: participant #0 starts at the first hand-off on or after it (on handoffDay for weekly shifts). */
                            anchorDate: string;
                            handoffDay?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            /** @description Local HH:MM in the schedule’s zone; refused when it falls in a daylight-saving gap within ten years. */
                            handoffTime: string;
                            /** @description A label; default "Layer n". */
                            name?: string;
                            /** @description Staff user ids in rotation order; participant #0 takes the first shift. */
                            participants: string[];
                            /** @description When the layer applies; absent or empty means always. */
                            restrictions?: {
                                endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local HH:MM, or 24:00 for the end of endDay. */
                                endTime: string;
                                startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local HH:MM. */
                                startTime: string;
                            }[];
                            /** @description Whole units: hours dividing 24 (1–24), days (1–366) or weeks (1–52). */
                            shiftLength: number;
                            shiftUnit: "hours" | "days" | "weeks";
                        }[];
                        name: string;
                        /** @description IANA time zone. */
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OncallSchedule"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an on-call schedule with its current and future overrides */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OncallSchedule"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an on-call schedule (layers are replaced whole) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Bottom first: a later layer overrides earlier ones where it is active. */
                        layers?: {
                            /** @description Local YYYY-MM-DD: participant #0 starts at the first hand-off on or after it (on handoffDay for weekly shifts). */
                            anchorDate: string;
                            handoffDay?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            /** @description Local HH:MM in the schedule’s zone; refused when it falls in a daylight-saving gap within ten years. */
                            handoffTime: string;
                            /** @description A label; default "Layer n". */
                            name?: string;
                            /** @description Staff user ids in rotation order; participant #0 takes the first shift. */
                            participants: string[];
                            /** @description When the layer applies; absent or empty means always. */
                            restrictions?: {
                                endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local HH:MM, or 24:00 for the end of endDay. */
                                endTime: string;
                                startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local HH:MM. */
                                startTime: string;
                            }[];
                            /** @description Whole units: hours dividing 24 (1–24), days (1–366) or weeks (1–52). */
                            shiftLength: number;
                            shiftUnit: "hours" | "days" | "weeks";
                        }[];
                        name?: string;
                        /** @description IANA time zone. */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OncallSchedule"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next hand-offs (within two years) */
        get: {
            parameters: {
                query?: {
                    /** @description How many hand-offs (1–50). */
                    count?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OncallHandoff"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}/on-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on call at an instant (default now) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00. */
                    at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            onCall: components["schemas"]["OncallPerson"][];
                            scheduleId: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an override (a swap is two) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description userId covers [startAt, endAt): for everyone, or only instead of replacesUserId. A swap is two overrides. */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.
                         */
                        endAt: string;
                        reason?: string;
                        replacesUserId?: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.
                         */
                        startAt: string;
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OncallOverride"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}/overrides/{overrideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an override */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    overrideId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The final shift list for a range of at most 62 days */
        get: {
            parameters: {
                query?: {
                    /** @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00. */
                    from?: string;
                    /** @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00. */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                end: string;
                                layer: number | null;
                                layerName: string | null;
                                name: string;
                                overrideId: string | null;
                                source: string;
                                start: string;
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/schedules/{id}/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Swap two shifts (two overrides, stored together) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The two people trade these shifts: two overrides, each replacing the person whose shift it was. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A shift of this person: [startAt, endAt). */
                        first: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.
                             */
                            endAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.
                             */
                            startAt: string;
                            userId: string;
                        };
                        reason?: string;
                        /** @description A shift of this person: [startAt, endAt). */
                        second: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.
                             */
                            endAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.
                             */
                            startAt: string;
                            userId: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OncallOverride"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List client organisations */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Also list archived records (hidden by default). */
                    includeArchived?: boolean;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organization"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a client organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country?: string | null;
                        industry?: string;
                        mainPhone?: string | null;
                        name: string;
                        slug?: string;
                        /** @description IANA time zone, e.g. America/Chicago. */
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a client organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The MSP staff member who manages the account; an escalation step can page them. */
                        accountManagerId?: string | null;
                        country?: string | null;
                        industry?: string;
                        mainPhone?: string | null;
                        name?: string;
                        /** @description IANA time zone, e.g. America/Chicago. */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{id}/account-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client’s account review: SLA attainment, CSAT, goodwill and hours against contract value over the last quarter, or the days asked for (staff) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReview"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a client
         * @description Hidden from lists and caller search from now on; its tickets stay as they are, open ones keep their clocks, and new tickets naming it are refused (422). Archiving twice keeps the first instant.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/fraud-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client’s fraud flag threshold
         * @description Staff only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FraudSettings"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a client’s fraud flag threshold
         * @description Owner, admin or service manager. Messages scoring at or above the threshold are flagged verify-by-phone (docs/fraud.md, Tuning); null returns to the default. Audited.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        threshold: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FraudSettings"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{id}/incident-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incidents that touched a client, with their review’s action items (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientIncidentActions"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived client
         * @description Listed and searchable again, and new tickets may name it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone-countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The countries a client organisation may have, and the one each time zone gives by default
         * @description An organisation’s country is where national phone numbers of its contacts are read (and stored in E.164); created without one, it gets the country of its time zone. Staff only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneCountries"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery providers (credentials never shown) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                enabled: boolean;
                                id: string;
                                kind: string;
                                methods: string[];
                                name: string;
                                position: number;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Configure a delivery provider (SMTP, Twilio-compatible SMS/voice, webhook, Slack, Teams) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A delivery provider: its kind decides which settings it takes. */
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        /** @enum {string} */
                        kind: "smtp";
                        name: string;
                        /**
                         * @description Lower is tried first; the next takes over when it fails.
                         * @default 0
                         */
                        position?: number;
                        /**
                         * SMTP settings
                         * @description smtp settings; stored encrypted, never returned.
                         */
                        settings: {
                            /** @description The sender, e.g. "Switchboard" <paging@msp.example>. */
                            from: string;
                            /** @description The relay’s host name or address. */
                            host: string;
                            /** @description Password, with user; stored encrypted, never returned. */
                            pass?: string;
                            /** @description Default 587, or 465 with secure. */
                            port?: number;
                            /** @description Refuse to send unless STARTTLS succeeds. */
                            requireTLS?: boolean;
                            /** @description TLS from the first byte (port 465); otherwise STARTTLS when offered. */
                            secure?: boolean;
                            /** @description Milliseconds per call to the provider (1000–120000); default 10000. */
                            timeoutMs?: number;
                            /** @description Login; give pass with it. */
                            user?: string;
                        };
                    } | {
                        enabled?: boolean;
                        /** @enum {string} */
                        kind: "twilio";
                        name: string;
                        /**
                         * @description Lower is tried first; the next takes over when it fails.
                         * @default 0
                         */
                        position?: number;
                        /**
                         * Twilio-compatible settings
                         * @description twilio settings; stored encrypted, never returned.
                         */
                        settings: {
                            /** @description The account SID; part of every URL and the Basic-auth user name. */
                            accountSid: string;
                            /** @description The auth token: the Basic-auth password and the key of X-Twilio-Signature. Stored encrypted, never returned. */
                            authToken: string;
                            /**
                             * Format: uri
                             * @description API root, default https://api.twilio.com; https unless private destinations are allowed.
                             */
                            baseUrl?: string;
                            /** @description Our number; required for voice, and for SMS unless messagingServiceSid is set. E.164, e.g. +15005550006. */
                            from?: string;
                            /** @description Send SMS through this messaging service instead of from. */
                            messagingServiceSid?: string;
                            /** @description Default both sms and voice. */
                            methods?: ("sms" | "voice")[];
                            /**
                             * Format: uri
                             * @description Our status-callback endpoint (…/api/v1/webhooks/twilio/status).
                             */
                            statusCallbackUrl?: string;
                            /** @description Milliseconds per call to the provider (1000–120000); default 10000. */
                            timeoutMs?: number;
                        };
                    } | {
                        enabled?: boolean;
                        /** @enum {string} */
                        kind: "webhook";
                        name: string;
                        /**
                         * @description Lower is tried first; the next takes over when it fails.
                         * @default 0
                         */
                        position?: number;
                        /**
                         * Webhook settings
                         * @description webhook settings; stored encrypted, never returned.
                         */
                        settings: {
                            /** @description The HMAC-SHA256 key of X-Switchboard-Signature. Stored encrypted, never returned. */
                            secret: string;
                            /** @description Milliseconds per call to the provider (1000–120000); default 10000. */
                            timeoutMs?: number;
                        };
                    } | {
                        enabled?: boolean;
                        /** @enum {string} */
                        kind: "slack";
                        name: string;
                        /**
                         * @description Lower is tried first; the next takes over when it fails.
                         * @default 0
                         */
                        position?: number;
                        /**
                         * Slack settings
                         * @description slack settings; stored encrypted, never returned.
                         */
                        settings?: {
                            /** @description Milliseconds per call to the provider (1000–120000); default 10000. */
                            timeoutMs?: number;
                        };
                    } | {
                        enabled?: boolean;
                        /** @enum {string} */
                        kind: "teams";
                        name: string;
                        /**
                         * @description Lower is tried first; the next takes over when it fails.
                         * @default 0
                         */
                        position?: number;
                        /**
                         * Teams settings
                         * @description teams settings; stored encrypted, never returned.
                         */
                        settings?: {
                            /** @description adaptive (Workflows webhooks, default) or messagecard (older connectors). */
                            format?: "adaptive" | "messagecard";
                            /** @description Milliseconds per call to the provider (1000–120000); default 10000. */
                            timeoutMs?: number;
                        };
                    } | {
                        enabled?: boolean;
                        /** @enum {string} */
                        kind: "demo";
                        name: string;
                        /**
                         * @description Lower is tried first; the next takes over when it fails.
                         * @default 0
                         */
                        position?: number;
                        /**
                         * Demo outbox settings
                         * @description demo settings; stored encrypted, never returned.
                         */
                        settings?: {
                            /** @description A note shown with the provider, e.g. "Demo". */
                            label?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            enabled: boolean;
                            id: string;
                            kind: string;
                            methods: string[];
                            name: string;
                            position: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery provider, its settings without credentials */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProviderDetail"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a delivery provider */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a delivery provider
         * @description Settings are laid over the stored ones, so credentials need not be sent again; the result is checked like a new provider.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        name?: string;
                        position?: number;
                        /** @description Laid over the stored settings: give only what changes (credentials too); null removes a setting. */
                        settings?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProviderDetail"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/providers/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider’s delivery attempts, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–100). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                /** Format: date-time */
                                at: string;
                                detail: string;
                                /** @description page or test. */
                                kind: string;
                                method: string;
                                notificationId: string;
                                /** @description sent, queued (to retry) or failed. */
                                outcome: string;
                                providerMessageId: string | null;
                                reported: string | null;
                                ticket: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message through this provider alone
         * @description Sent now, without failover, and recorded among the provider’s deliveries as a test. A refusal by the provider is an answer (ok: false), not an error.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default: the first the provider delivers. */
                        method?: "email" | "sms" | "voice" | "webhook" | "slack" | "teams";
                        /** @description An email address, an E.164 number, or a webhook URL, by method. */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            at: string;
                            error: string | null;
                            method: string;
                            ok: boolean;
                            providerMessageId: string | null;
                            status: string | null;
                            /** @description The failure may pass if tried again later. */
                            temporary: boolean;
                            to: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/after-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pages sent per month or per person paged, and how many were after hours (JSON or CSV)
         * @description After hours: outside the windows of the calendar named by `calendarId` (the MSP’s own office hours, with its holidays), or without one on a Saturday or Sunday or outside 08:00–18:00 in SWITCHBOARD_REPORT_TIME_ZONE. Each message to a contact method counts; test pages do not.
         */
        get: {
            parameters: {
                query: {
                    calendarId?: string;
                    format?: "json" | "csv";
                    from: string;
                    groupBy?: "month" | "person";
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                afterHours: number;
                                afterHoursPercent: number | null;
                                group: string;
                                label: string;
                                pages: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Backlog ageing: tickets open now by how long ago they were opened, per priority or client (JSON or CSV)
         * @description Open means not resolved, closed or merged away. Buckets: under 1 day, 1–3, 3–7, 7–30 days, 30 days and over.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    groupBy?: "priority" | "organization";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                buckets: {
                                    "1_3d": number;
                                    "3_7d": number;
                                    "7_30d": number;
                                    over_30d: number;
                                    under_1d: number;
                                };
                                group: string;
                                label: string;
                                oldestDays: number;
                                total: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Client satisfaction per technician, client, team or month: ratings given in the period and the share that were good (JSON or CSV)
         * @description A rating counts in the period it was given (its latest change). Per technician and team, it counts for whoever had the ticket when it was first resolved (`none` when nobody had).
         */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    from: string;
                    groupBy?: "technician" | "organization" | "team" | "month";
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bad: number;
                                csatPercent: number | null;
                                good: number;
                                group: string;
                                label: string;
                                okay: number;
                                ratings: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/fcr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * First-contact resolution rate per technician or client, against the 90% target (JSON or CSV)
         * @description Phone tickets resolved in the period count as first contact when marked so, never escalated (tier raised, or assigned to someone of a higher tier than the technician who took the call), not reopened within 7 days and not contacted again. Per technician, each ticket counts for whoever took the call: the author of its first call log, else the staff member who opened it (`not_recorded` when neither is known).
         */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    from: string;
                    groupBy?: "technician" | "organization";
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                firstContact: number;
                                group: string;
                                label: string;
                                meetsTarget: boolean | null;
                                ratePercent: number | null;
                                targetPercent: number;
                                tickets: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/goodwill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Goodwill given: time waived as goodwill per client, reason or month, with its value (JSON or CSV)
         * @description Entries waived as goodwill that started in the period (UTC days); one row per group and currency. From billing’s goodwillByPeriod.
         */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    from: string;
                    groupBy?: "organization" | "reason" | "month";
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currency: string;
                                entries: number;
                                group: string;
                                label: string;
                                /** @description Billed minutes waived. */
                                minutes: number;
                                /** @description What the waived time would have cost, in minor units of the currency. */
                                valueMinor: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/profitability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hours worked against contract value, per contract or per client (JSON or CSV)
         * @description Contract value: the monthly fees over the days of the period the contract ran, plus its billable time. Time worked: every entry started in the period, at the contract’s rates. From billing’s contractProfitability.
         */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    from: string;
                    groupBy?: "contract" | "organization";
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The value of the time billed as chargeable. */
                                billableMinor: number;
                                /** @description Fees plus billable time. */
                                contractValueMinor: number;
                                currency: string;
                                /** @description The monthly fees (fixed flat fee, block price) over the days of the period the contract ran. */
                                feesMinor: number;
                                group: string;
                                label: string;
                                minutesWorked: number;
                                valuePerHourMinor: number | null;
                                /** @description The time worked at the contract’s rates (covered and waived time too). */
                                workedValueMinor: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * DR readiness per client: its score (0–100) and what lowers it, lowest first (JSON or CSV)
         * @description Scored from backup jobs, restore tests, the DR plan and vendor dependencies without a fallback (docs/readiness.md).
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                organization: string;
                                organizationId: string;
                                reasons: {
                                    code: string;
                                    points: number;
                                    text: string;
                                }[];
                                score: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA attainment and response/resolution times (JSON or CSV) */
        get: {
            parameters: {
                query: {
                    format?: "json" | "csv";
                    /** @description First day (UTC), inclusive. */
                    from: string;
                    groupBy?: "organization" | "priority" | "month";
                    /** @description Last day (UTC), inclusive. */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON by default; with format=csv the same rows as text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attainmentPercent: number | null;
                                clock: string;
                                group: string;
                                label: string;
                                medianMinutes: number | null;
                                met: number;
                                missed: number;
                                p90Minutes: number | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sites */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Also list archived records (hidden by default). */
                    includeArchived?: boolean;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Site"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a site to a client */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        name: string;
                        organizationId: string;
                        /** @description IANA time zone, e.g. America/Chicago. */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a site */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        name?: string;
                        /** @description IANA time zone, e.g. America/Chicago. */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sites/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a site
         * @description Hidden from lists and caller search from now on; its tickets stay as they are, open ones keep their clocks, and new tickets naming it are refused (422). Archiving twice keeps the first instant.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived site
         * @description Listed and searchable again, and new tickets may name it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SLA policies */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SlaPolicy"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an SLA policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        targets: {
                            P1: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P2: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P3: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P4: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                        };
                        warningBeforeMinutes?: number | null;
                        /** @description Warn when this share of a target is used (75 when a policy is created without it). Giving it alone switches a policy back from warningBeforeMinutes. */
                        warningPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an SLA policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an SLA policy (open tickets’ clocks follow) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        targets?: {
                            P1: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P2: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P3: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P4: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                        };
                        warningBeforeMinutes?: number | null;
                        /** @description Warn when this share of a target is used (75 when a policy is created without it). Giving it alone switches a policy back from warningBeforeMinutes. */
                        warningPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sla-policies/try": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try it: when a ticket of a priority opened at a local time would be due, with the explanation
         * @description For a calendar and a policy, each saved or a draft; answered by the clocks’ own code. Nothing is saved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A calendar (calendarId or a draft calendar) and a policy (policyId or draft targets). */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An unsaved calendar, as it would be created. */
                        calendar?: {
                            /** @description Weekly breaks removed from the weekly hours (not from an exception’s own hours). */
                            breaks?: {
                                /** @description The weekdays it recurs on; at least one. */
                                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description Local time HH:MM (24:00 ends a day). */
                                end: string;
                                /** @description Local time HH:MM (24:00 ends a day). */
                                start: string;
                            }[];
                            customHolidays?: string[];
                            exceptions?: {
                                closed?: boolean;
                                /** @description Local date YYYY-MM-DD. */
                                date: string;
                                windows?: {
                                    /** @description Local time HH:MM (24:00 ends a day). */
                                    end: string;
                                    /** @description Local time HH:MM (24:00 ends a day). */
                                    start: string;
                                }[];
                            }[];
                            holidays?: {
                                country: string;
                                region?: string;
                            }[];
                            name?: string;
                            /** @description Fills the weekly windows; give either a preset or windows. */
                            preset?: "24x7" | "24x5" | "business-hours";
                            /** @description IANA time zone. */
                            timeZone: string;
                            /** @description Weekly windows; one may span days (fri 18:00 → sun 23:59). */
                            windows?: {
                                endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local time HH:MM (24:00 ends a day). */
                                endTime: string;
                                startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                                /** @description Local time HH:MM (24:00 ends a day). */
                                startTime: string;
                            }[];
                        };
                        calendarId?: string;
                        /** @description Local date and time YYYY-MM-DDTHH:MM in the calendar’s zone. */
                        openedAt: string;
                        policyId?: string;
                        /** @description P1 (critical) to P4 (low). */
                        priority: "P1" | "P2" | "P3" | "P4";
                        targets?: {
                            P1: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P2: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P3: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                            P4: {
                                /** @description Covered minutes, or business days. */
                                firstResponse: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                                nextReply?: (number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                }) | null;
                                /** @description Covered minutes, or business days. */
                                resolution: number | {
                                    /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                                    businessDays: number;
                                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                                    dueAt: "end_of_day" | "same_time";
                                };
                            };
                        };
                        warningBeforeMinutes?: number | null;
                        warningPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaTry"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spare-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of spare and loaner kept (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpareItem"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a kind of spare or loaner (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description laptop, router, PSU, toner … */
                        kind: string;
                        model?: string;
                        name: string;
                        /**
                         * @description Units are received and reserved one by one, each by its serial. Fixed once created.
                         * @default false
                         */
                        serialised?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpareItem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spare-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an item or change its kind or model (managers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description laptop, router, PSU, toner … */
                        kind?: string;
                        model?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpareItem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/spare-items/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed an item’s stock — stock takes’ differences, units received — latest first (staff) */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpareMovement"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spare-items/{id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A stock take: how many a location holds, and its low-stock threshold (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locationId: string;
                        /** @description Alert the owners and admins when what is available falls to this; 0: never. Unchanged when left out. */
                        lowThreshold?: number;
                        /** @description How many the location holds, reserved ones included. */
                        onHand: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StockLine"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spare-items/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A serialised item’s units by serial: where each is and whether it is in stock, reserved, out or used (staff) */
        get: {
            parameters: {
                query?: {
                    locationId?: string;
                    state?: "in_stock" | "reserved" | "out" | "used";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpareUnit"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Receive units of a serialised item at a location, each by its serial (staff)
         * @description A serial the item already has is 409 `serial_taken` on its place in `serials`; an item kept by count is 422 `not_serialised`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locationId: string;
                        /** @description Each unit’s serial, unique for the item. */
                        serials: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpareUnit"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spare-reservations/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand out, return or cancel a reservation (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description Hand-out of a loaner: when it is due back; past it, a ticket opens.
                         */
                        dueAt?: string;
                        /** @description Return: the location it goes back to (default: where it came from). */
                        locationId?: string;
                        /** @description `hand_out`: a loaner goes out (due back at `dueAt`), a spare is used. `return`: a loaner is back. `cancel`: the reservation is dropped. */
                        move: "hand_out" | "return" | "cancel";
                        /** @description Hand-out of a serialised spare for good: record the unit as an asset of the ticket’s client (its site and person), attached to the ticket. */
                        recordAsset?: boolean;
                        /** @description Return of a serialised loaner: the serial of the unit brought back; only the unit lent closes the loan. */
                        serial?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpareReservation"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spares/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Loaners out now, soonest due first (staff)
         * @description `mine=true`: those lent from the caller’s own van(s).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the caller’s own van(s). */
                    mine?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpareReservation"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spares/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is available where, by location (staff)
         * @description `mine=true`: the caller’s own van(s) — the on-call engineer’s view.
         */
        get: {
            parameters: {
                query?: {
                    itemId?: string;
                    locationId?: string;
                    /** @description Only the caller’s own van(s). */
                    mine?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StockLine"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on providers (owner and admin; secrets never shown) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SsoProvider"][];
                            /** @description The redirect URI to register at every provider. */
                            redirectUri: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up an OpenID Connect provider (owner and admin)
         * @description Fetches and checks the issuer’s discovery document before saving (422 sso_issuer_* with field /issuer when it cannot). An issuer on the server’s own network is refused unless SWITCHBOARD_SSO_PRIVATE_ISSUERS=true. The client secret is stored encrypted with SWITCHBOARD_SECRET_KEY. Register the answer’s redirectUri at the provider.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Email domains that may sign in (empty: any). Required for accounts made on first sign-in. */
                        allowedDomains?: string[];
                        /** @description The application (client) id registered at the provider. */
                        clientId: string;
                        /** @description The client secret; stored encrypted, never returned. */
                        clientSecret: string;
                        /** @description The ID token claim that holds the email address: `email` (trusted only with `email_verified: true`; Google), or `preferred_username` / `upn` (the sign-in name in a Microsoft Entra tenant’s verified domains). */
                        emailClaim?: "email" | "preferred_username" | "upn";
                        enabled?: boolean;
                        /** @description The OpenID issuer, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 or https://accounts.google.com; its discovery document is fetched and checked when saved. */
                        issuer: string;
                        jitRole?: string | null;
                        /** @description Shown on the sign-in button: “Sign in with <name>”. */
                        name: string;
                        /** @description Roles that may still sign in with a password while this provider is enabled; the others must use single sign-on. Default: every role. */
                        passwordRoles?: string[];
                        /** @description Google Workspace: the ID token’s `hd` claim must be one of the allowed domains (a personal Google account with a work address has none). Defaults to true for https://accounts.google.com with allowed domains. */
                        requireHostedDomain?: boolean;
                        /** @description Who may sign in with it: staff, client (portal users), or both. */
                        userKinds?: ("staff" | "client")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoProvider"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a single sign-on provider (owner and admin)
         * @description Accounts stay, and so do their sessions until they end. Roles whose passwords the provider had turned off may use passwords again; people who never had a password (made on first sign-in) need one set by an administrator, or another provider.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a single sign-on provider (owner and admin)
         * @description A new issuer, client id or secret is checked against the discovery document again. Leave clientSecret out to keep the stored one. Disabling the provider gives back passwords to the roles it had turned them off for.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Email domains that may sign in (empty: any). Required for accounts made on first sign-in. */
                        allowedDomains?: string[];
                        /** @description The application (client) id registered at the provider. */
                        clientId?: string;
                        /** @description The client secret; stored encrypted, never returned. */
                        clientSecret?: string;
                        /** @description The ID token claim that holds the email address: `email` (trusted only with `email_verified: true`; Google), or `preferred_username` / `upn` (the sign-in name in a Microsoft Entra tenant’s verified domains). */
                        emailClaim?: "email" | "preferred_username" | "upn";
                        enabled?: boolean;
                        /** @description The OpenID issuer, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 or https://accounts.google.com; its discovery document is fetched and checked when saved. */
                        issuer?: string;
                        jitRole?: string | null;
                        /** @description Shown on the sign-in button: “Sign in with <name>”. */
                        name?: string;
                        /** @description Roles that may still sign in with a password while this provider is enabled; the others must use single sign-on. Default: every role. */
                        passwordRoles?: string[];
                        /** @description Google Workspace: the ID token’s `hd` claim must be one of the allowed domains (a personal Google account with a work address has none). Defaults to true for https://accounts.google.com with allowed domains. */
                        requireHostedDomain?: boolean;
                        /** @description Who may sign in with it: staff, client (portal users), or both. */
                        userKinds?: ("staff" | "client")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoProvider"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/status-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subscriptions to the status pages (staff: every page, or one client’s; a client’s users: their client’s), newest first, at most 500 */
        get: {
            parameters: {
                query?: {
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StatusSubscription"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe to a status page: an email address (confirmed by a mailed link) or a signed webhook
         * @description Staff: the public page or any client’s; a client’s users: their own client’s page. A webhook’s secret is answered once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description kind email: the address; a client’s page takes only its contacts’ addresses.
                         */
                        email?: string;
                        kind: "email" | "webhook";
                        /** @description A client’s page (its users: their own client, the default); null or left out by staff for the public page. */
                        organizationId?: string | null;
                        /**
                         * Format: uri
                         * @description kind webhook: the http(s) address each event is POSTed to.
                         */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            endedAt: string | null;
                            /** @description Webhook deliveries refused or given up on in a row. */
                            failures: number;
                            id: string;
                            kind: "email" | "webhook";
                            /** @description The client whose page it follows; null for the public page. */
                            organizationId: string | null;
                            /** @description A webhook’s signing secret (HMAC-SHA256 key of X-Switchboard-Signature), shown this once. */
                            secret?: string;
                            /** @description pending: an email not yet confirmed by its link; stopped: a webhook that failed too often in a row. */
                            state: "pending" | "active" | "unsubscribed" | "stopped";
                            stopReason: string;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            endedAt: string | null;
                            /** @description Webhook deliveries refused or given up on in a row. */
                            failures: number;
                            id: string;
                            kind: "email" | "webhook";
                            /** @description The client whose page it follows; null for the public page. */
                            organizationId: string | null;
                            /** @description A webhook’s signing secret (HMAC-SHA256 key of X-Switchboard-Signature), shown this once. */
                            secret?: string;
                            /** @description pending: an email not yet confirmed by its link; stopped: a webhook that failed too often in a row. */
                            state: "pending" | "active" | "unsubscribed" | "stopped";
                            stopReason: string;
                            url: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a subscription: nothing more is sent to it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusSubscription"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where stock is kept (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description Only the caller’s own van(s). */
                    mine?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StockLocation"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a stock location: our office, a client’s site, an engineer’s van (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "office" | "client_site" | "van";
                        name: string;
                        /** @description A client site’s client. */
                        organizationId?: string;
                        /** @description A client site’s site. */
                        siteId?: string;
                        /** @description A van’s engineer (a staff user). */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StockLocation"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock-locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, re-site, hand a van to another engineer, archive or restore a stock location (managers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Archived locations are not listed and take no stock or reservations. */
                        archived?: boolean;
                        name?: string;
                        siteId?: string | null;
                        /** @description A van: the engineer it passes to. */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StockLocation"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live ticket events (text/event-stream)
         * @description Server-sent events: ticket.created, ticket.updated, message.added, ticket.linked, ticket.merged. The stream ends with access.ended when the token or session it was opened with is revoked or ends, or its user is disabled or changes role.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An endless event stream; each event is named by its type, and its data is a LiveEvent. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["LiveEvent"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suspected-incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suspected incidents: many clients alerting with one signature at once (staff)
         * @description Each lists the affected clients with their alert and ticket. A proposal is declared as a vendor incident (POST /api/v1/suspected-incidents/{id}/declare) or dismissed.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "proposed" | "dismissed" | "expired" | "declared";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SuspectedIncident"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suspected-incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A suspected incident with its affected clients (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuspectedIncident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suspected-incidents/{id}/declare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a suspected incident as a vendor incident: its clients’ alert tickets become the children (staff)
         * @description Each client of the suspicion gets a child: its alert’s ticket attached while it is open, else a new ticket; clients depending on `serviceIds` join. The suspicion becomes `declared`, naming the incident; declaring it again answers that incident.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Vendor services that are down, when known: the clients depending on them are hit as well. */
                        serviceIds?: string[];
                        /** @description Default: how many clients alert with the signature, since when. */
                        summary?: string;
                        /** @description Default: “Suspected incident: <signature>”. */
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suspected-incidents/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a suspected incident: not one outage (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuspectedIncident"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Team"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a team (queue) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leadUserId?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a team or change its lead */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leadUserId?: string | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description Newest activity first. A client user sees only their own tickets; a client administrator their organisation’s.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A user id, "me", or "none" (unassigned). Staff only, like teamId, tier and businessCritical: a client gets 403 field_not_allowed. */
                    assigneeId?: string;
                    businessCritical?: boolean;
                    contactId?: string;
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Only tickets whose nearest SLA due time is at or after this instant: the console’s at-risk queue leaves breaches older than a day to its own queue. */
                    dueAfter?: string;
                    /** @description Only tickets whose nearest SLA due time is before this instant. */
                    dueBefore?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                    /** @description Comma-separated priorities, e.g. P1,P2. */
                    priority?: string;
                    /** @description Full-text search over subjects and messages (for a client: subjects and public replies only). */
                    q?: string;
                    /** @description activity: newest change first (default); due: nearest SLA due time first, only tickets with a running clock. */
                    sort?: "activity" | "due";
                    /** @description Comma-separated statuses, e.g. new,open. */
                    status?: string;
                    teamId?: string;
                    /** @description Support tier 1–3. */
                    tier?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Ticket"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a ticket */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: string;
                        businessCritical?: boolean;
                        /** @description Where the request came from. */
                        channel?: "phone" | "email" | "portal" | "api" | "alert" | "monitoring" | "incident";
                        contactId?: string;
                        /** @description What the request is; kept as the ticket’s first message, of kind description (not a reply), authored by whoever opens the ticket. */
                        description?: string;
                        organizationId?: string;
                        /** @description P1 (critical) to P4 (low). */
                        priority?: "P1" | "P2" | "P3" | "P4";
                        siteId?: string;
                        subject: string;
                        tags?: string[];
                        teamId?: string;
                        /** @description Support tier 1–3. */
                        tier?: number;
                    };
                };
            };
            responses: {
                /** @description A ticket. Clients get it without the fields marked staff only. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket by id or number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A ticket. Clients get it without the fields marked staff only. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a ticket
         * @description Every change is recorded in the ticket’s event log.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: string | null;
                        businessCritical?: boolean;
                        contactId?: string | null;
                        fcrOutcome?: ("resolved_first_contact" | "not_first_contact") | null;
                        /** @description P1 (critical) to P4 (low). */
                        priority?: "P1" | "P2" | "P3" | "P4";
                        siteId?: string | null;
                        /** @description Ticket status. */
                        status?: "new" | "open" | "waiting_on_client" | "waiting_on_vendor" | "resolved" | "closed";
                        subject?: string;
                        tags?: string[];
                        teamId?: string | null;
                        /** @description Support tier 1–3. */
                        tier?: number;
                        /** @description Apply only if the ticket is still at this version. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description A ticket. Clients get it without the fields marked staff only. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tickets/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge: stop the ticket’s ladders */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assets attached to a ticket (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TicketAsset"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach an asset of the ticket’s client to it, or detach it (staff)
         * @description Attaching an attached asset again (or detaching one that is not) changes nothing and answers 200.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assetId: string;
                        /**
                         * @description `false` detaches it.
                         * @default true
                         */
                        linked?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TicketAsset"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate now to step N of the ticket’s ladder */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        step: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalationId: string;
                            step: number;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket’s ladders and every page queued for them ("why was I paged") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EscalationLadder"][];
                            notifications: components["schemas"]["EscalationPage"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket’s event log
         * @description Every change with who, when, before and after; oldest first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TicketEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/fraud-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag a ticket verify-by-phone by hand
         * @description Staff only. For a request that came another way (a phone call asking to change payment details is the same risk): the ticket cannot be resolved until a call-back to a number on file is logged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who the request claimed to come from; left out, the ticket’s contact. */
                        purportedSender?: {
                            /** Format: email */
                            address?: string;
                            name?: string;
                        };
                        /** @description What happened, e.g. “Caller asked to change the bank account for supplier payments”. */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FraudFlag"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/fraud-flags/{flagId}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log the call-back of a flag
         * @description Staff only. The outcome (verified, fraud, not reachable), the number called — one on file, or one found elsewhere with where — and when; the caller is whoever logs it. Once every flag has its outcome the ticket can be resolved. A fraud remembers its look-alike domains for every client.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    flagId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the call took place; left out, now. Not before the flag, not in the future.
                         */
                        calledAt?: string;
                        note?: string;
                        /** @description The number called. A number on file (the directory’s), or one the technician found elsewhere — then whereFound says where. A number given in the ticket’s messages is refused. */
                        number: string;
                        /** @description verified: the purported sender confirmed the request; fraud: they did not send it; not_reachable: nobody could be reached on the number. */
                        outcome: "verified" | "fraud" | "not_reachable";
                        /** @description Where a number not on file was found (the client’s website, a signed contract …). */
                        whereFound?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FraudFlag"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/kb-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The articles marked as having solved a ticket (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TicketKbLink"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * “This solved it”: link an article to a ticket and count it (staff)
         * @description Once per article and ticket: marking it again answers 200 and counts nothing. The article must be global or scoped to the ticket’s client.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articleId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketKbLink"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketKbLink"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Links of a ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TicketLink"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Link two tickets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        relation: "parent_of" | "child_of" | "duplicate_of";
                        /** @description The other ticket: id or number. */
                        ticketId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketLink"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket’s email: received messages with attachments and screening, and our mail with its delivery status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inbound: components["schemas"]["InboundMail"][];
                            outbound: components["schemas"]["OutboundMail"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this ticket into another
         * @description Messages, history, search texts and links move to the target; this ticket is closed and points at it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The ticket to merge into: id or number. */
                        intoTicketId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: components["schemas"]["Ticket"];
                            target: components["schemas"]["Ticket"];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages of a ticket
         * @description Clients see public replies only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Message"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a reply, internal note or call log entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        callDirection?: "inbound" | "outbound";
                        callDurationSeconds?: number;
                        callerNumber?: string;
                        /** @default reply */
                        kind: "reply" | "note" | "call";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s rating of a resolved ticket (whoever can see the ticket) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketRating"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Rate a resolved ticket good, okay or bad, with an optional comment (client users; again to change it while open)
         * @description A rating at or below SWITCHBOARD_CSAT_FOLLOW_UP_AT opens one follow-up ticket for the service manager (docs/reports.md).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        /** @description good, okay or bad. */
                        rating: "good" | "okay" | "bad";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketRating"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/resolve-blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What holds a ticket open
         * @description Staff only. Every reason the ticket may not be resolved, closed or merged away yet (e.g. verification_required: a call-back to log first), with what to do; empty when nothing does. Changing the status to resolved or closed is refused with the first one’s code while any remains.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Stable code, e.g. verification_required. */
                                code: string;
                                /** @description What holds the ticket open and what to do about it. */
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket’s SLA clocks, each explained */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A client gets the clocks without the MSP’s set-up: no contract, policy or calendar names, no warning time. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketSla"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/spare-reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket’s spares and loaners (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpareReservation"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Reserve a spare or loaner for a ticket (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description A loaner: when it is due back (may also be given when it is handed out).
                         */
                        dueAt?: string;
                        itemId: string;
                        /** @description `true`: a loaner that comes back. `false`: a spare that is fitted and stays. */
                        loan: boolean;
                        locationId: string;
                        /** @default 1 */
                        quantity?: number;
                        /** @description A serialised item: the unit (else the first in stock at the location, by serial). */
                        unitId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpareReservation"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket’s verify-by-phone flags
         * @description Staff only. Every flag with why (score and reasons), who the message claimed to be, whom to call on which number on file (never one from the message), and the call-back’s outcome; `required` while a call-back is still to be logged.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketVerification"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count tickets for several filters at once
         * @description Exact counts of the tickets the caller may see, one per filter (the filters of GET /tickets), taken together; the console uses it for its queue and saved-view counts. At most 25 filters, of which at most 5 may search text (q).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Up to 25 filters, e.g. one per queue in the console’s navigation. */
                        queries: {
                            /** @description A user id, "me", or "none" (unassigned). Staff only, like teamId, tier and businessCritical: a client gets 403 field_not_allowed. */
                            assigneeId?: string;
                            businessCritical?: boolean;
                            contactId?: string;
                            /**
                             * Format: date-time
                             * @description Only tickets whose nearest SLA due time is at or after this instant: the console’s at-risk queue leaves breaches older than a day to its own queue.
                             */
                            dueAfter?: string;
                            /**
                             * Format: date-time
                             * @description Only tickets whose nearest SLA due time is before this instant.
                             */
                            dueBefore?: string;
                            organizationId?: string;
                            /** @description Comma-separated priorities, e.g. P1,P2. */
                            priority?: string;
                            /** @description Full-text search over subjects and messages (for a client: subjects and public replies only). */
                            q?: string;
                            /** @description activity: newest change first (default); due: nearest SLA due time first, only tickets with a running clock. */
                            sort?: "activity" | "due";
                            /** @description Comma-separated statuses, e.g. new,open. */
                            status?: string;
                            teamId?: string;
                            /** @description Support tier 1–3. */
                            tier?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description When they were counted.
                             */
                            at: string;
                            /** @description The exact number of visible tickets matching each filter, in the order asked. */
                            counts: number[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens
         * @description Your own tokens; owners and admins see every token.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token
         * @description The token is shown once in this answer; only its hash is kept. Owners and admins may issue tokens for other users (integration accounts).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            name: string;
                            prefix: string;
                            token: string;
                            userId: string;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (staff only) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    kind?: "staff" | "client";
                    /** @description Rows per page (1–200). */
                    limit?: number;
                    organizationId?: string;
                    role?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a staff account or a client portal login (owner and admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string;
                        /** Format: email */
                        email?: string;
                        kind: "staff" | "client";
                        name?: string;
                        password?: string;
                        /** @description Staff: owner, admin, service_manager, technician. Client: client_user, client_admin. */
                        role: string;
                        teamId?: string;
                        tier?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user (owner and admin)
         * @description Disabling a user or setting their password ends all of their sessions; a disabled user's API tokens stop working, and their live streams close.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        name?: string;
                        password?: string;
                        role?: string;
                        teamId?: string | null;
                        tier?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/contact-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s contact methods and delays */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContactMethod"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a contact method (e.g. SMS at once, voice after 2 minutes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Email address, E.164 phone number, or https URL for webhook, Slack and Teams. */
                        address: string;
                        /**
                         * @description Minutes after a page before this method is used, if still unacknowledged.
                         * @default 0
                         */
                        delayMinutes?: number;
                        method: "email" | "sms" | "voice" | "webhook" | "slack" | "teams";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactMethod"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/contact-methods/{methodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact method */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    methodId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact method’s delay, or turn it off and on */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    methodId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minutes after a page before this method is used, if still unacknowledged. */
                        delayMinutes?: number;
                        /** @description A disabled method is skipped when paging. */
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactMethod"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/contact-methods/{methodId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test page to one of a person’s contact methods
         * @description Queued in the notification outbox and sent by the delivery worker like any page, marked as a test: nothing to acknowledge, no ticket. Read its result with GET /users/{id}/test-pages. One test page per address at a time (409 test_page_pending).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    methodId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TestPage"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/test-pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s test pages, newest first, and how their delivery went */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Test pages per page (1–50). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TestPage"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a vendor’s service (owner, admin, service manager) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VendorService"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendors by name, with their services (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page, as it was given. */
                    cursor?: string;
                    /** @description Rows per page (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Vendor"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a vendor (owner, admin, service manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountNumbers?: {
                            label: string;
                            number: string;
                        }[];
                        name: string;
                        notes?: string;
                        /** @description The vendor’s support portal (http or https), or empty. */
                        portalUrl?: string;
                        supportContacts?: {
                            email?: string;
                            name: string;
                            phone?: string;
                            role?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vendor"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vendor with its services (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vendor"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a vendor (owner, admin, service manager) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountNumbers?: {
                            label: string;
                            number: string;
                        }[];
                        name?: string;
                        notes?: string;
                        /** @description The vendor’s support portal (http or https), or empty. */
                        portalUrl?: string;
                        supportContacts?: {
                            email?: string;
                            name: string;
                            phone?: string;
                            role?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vendor"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/vendors/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a service the vendor provides (owner, admin, service manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VendorService"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import vendors, services and clients’ dependencies from a CSV: a preview with each row’s problems, or every row written (owner, admin, service manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description `false`: only say what each row would do and what is wrong. `true`: write every row, only when no row has a problem.
                         * @default false
                         */
                        apply?: boolean;
                        /** @description The file’s text. First line: the columns, any of vendor, portal, service, service_description, client (its name), site (its name), purpose, criticality, fallback, workaround_steps (separated by | or ;); vendor required. A row with a client is that client’s dependency on the row’s service. Comma, semicolon or tab separated. */
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            /** @description Records the file creates. */
                            counts: {
                                dependencies: number;
                                services: number;
                                vendors: number;
                            };
                            problems: {
                                code: string;
                                column: string;
                                message: string;
                                row: number;
                            }[];
                            rows: {
                                dependency: ("create" | "update" | "keep") | null;
                                row: number;
                                service: ("create" | "update" | "keep") | null;
                                vendor: "create" | "update" | "keep";
                            }[];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved views and the shared ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SavedView"][];
                        };
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Save a view */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The filters, named as in the console’s address bar. */
                        filters?: {
                            /** @description A client organisation id. */
                            client?: string;
                            /** @description A contact id. */
                            contact?: string;
                            /** @description Comma-separated priorities, e.g. P1,P2. */
                            priority?: string;
                            /** @description Comma-separated statuses, e.g. new,open. */
                            status?: string;
                            /** @description At risk only: breached, or due within 1h, 4h or 24h. */
                            within?: "breached" | "1h" | "4h" | "24h";
                        };
                        name: string;
                        /** @description The queue the view filters: mine, team, unassigned, at-risk, old-breaches, waiting, open or all. */
                        queue: "mine" | "team" | "unassigned" | "at-risk" | "old-breaches" | "waiting" | "open" | "all";
                        /** @default false */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a view */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, refilter or share a view */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The filters, named as in the console’s address bar. */
                        filters?: {
                            /** @description A client organisation id. */
                            client?: string;
                            /** @description A contact id. */
                            contact?: string;
                            /** @description Comma-separated priorities, e.g. P1,P2. */
                            priority?: string;
                            /** @description Comma-separated statuses, e.g. new,open. */
                            status?: string;
                            /** @description At risk only: breached, or due within 1h, 4h or 24h. */
                            within?: "breached" | "1h" | "4h" | "24h";
                        };
                        name?: string;
                        /** @description The queue the view filters: mine, team, unassigned, at-risk, old-breaches, waiting, open or all. */
                        queue?: "mine" | "team" | "unassigned" | "at-risk" | "old-breaches" | "waiting" | "open" | "all";
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An RFC 9457 problem document. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountReview: {
            /** @description Hours against contract value, per currency. */
            contracts: {
                billableMinor: number;
                contractValueMinor: number;
                currency: string;
                feesMinor: number;
                minutesWorked: number;
                valuePerHourMinor: number | null;
                workedValueMinor: number;
            }[];
            csat: {
                bad: number;
                csatPercent: number | null;
                good: number;
                okay: number;
                ratings: number;
            };
            /** Format: date-time */
            from: string;
            goodwill: {
                currency: string;
                entries: number;
                minutes: number;
                valueMinor: number;
            }[];
            organizationId: string;
            /** @description Clocks started in the period, per clock. */
            sla: {
                attainmentPercent: number | null;
                clock: string;
                met: number;
                missed: number;
            }[];
            /** Format: date-time */
            to: string;
        };
        Alert: {
            check: string | null;
            /** @description Alerts received for this identity. */
            count: number;
            dedupeKey: string;
            detail: string;
            /** Format: date-time */
            firstSeenAt: string;
            flapping: boolean;
            heartbeatId: string | null;
            host: string | null;
            id: string;
            lastChangeAt: string | null;
            lastFiredAt: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            observedState: "firing" | "resolved";
            organizationId: string;
            severity: string;
            signature: string;
            sourceId: string | null;
            state: "firing" | "resolved";
            summary: string;
            ticketId: string | null;
        };
        AlertSource: {
            clientLabel: string;
            clientMap: {
                [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** @description P1 (critical) to P4 (low). */
            defaultPriority: "P1" | "P2" | "P3" | "P4";
            enabled: boolean;
            fallbackOrganizationId: string | null;
            flapChanges: number;
            flapWindowMinutes: number;
            format: string;
            id: string;
            name: string;
            organizationId: string | null;
            /** @description Where the source POSTs its alerts. */
            path: string;
            resolveOnRecovery: boolean;
            severityMap: {
                [key: string]: "P1" | "P2" | "P3" | "P4";
            };
            /** @description The first characters of the token, to tell tokens apart. */
            tokenPrefix: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AlertSourceWithToken: {
            clientLabel: string;
            clientMap: {
                [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** @description P1 (critical) to P4 (low). */
            defaultPriority: "P1" | "P2" | "P3" | "P4";
            enabled: boolean;
            fallbackOrganizationId: string | null;
            flapChanges: number;
            flapWindowMinutes: number;
            format: string;
            id: string;
            name: string;
            organizationId: string | null;
            /** @description Where the source POSTs its alerts. */
            path: string;
            resolveOnRecovery: boolean;
            severityMap: {
                [key: string]: "P1" | "P2" | "P3" | "P4";
            };
            /** @description Shown once: send it as `Authorization: Bearer <token>`. */
            token: string;
            /** @description The first characters of the token, to tell tokens apart. */
            tokenPrefix: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Approval: {
            answeredAt: string | null;
            answeredBy: string | null;
            comment: string | null;
            contractId: string | null;
            currency: string;
            /** @description What the minutes cost at the contract’s rate, in minor units of the currency. */
            estimateMinor: number;
            id: string;
            minutes: number;
            note: string;
            organizationId: string;
            /** @description Why the work is chargeable. */
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            requestedByName: string;
            status: "pending" | "approved" | "declined";
            ticketId: string;
            version: number;
        };
        ApprovalList: {
            items: components["schemas"]["Approval"][];
        };
        Asset: {
            archivedAt: string | null;
            circuitId: string;
            contactId: string | null;
            /** Format: date-time */
            createdAt: string;
            externalId?: string | null;
            feedId?: string | null;
            id: string;
            isp: string;
            ispSupportPhone: string;
            /** @description What the asset is. `circuit`: a connectivity circuit, with its ISP, circuit id and the ISP’s support number. */
            kind: "laptop" | "desktop" | "home_office_kit" | "vpn_token" | "server" | "network_device" | "circuit" | "printer" | "other";
            model: string;
            name: string;
            /** @description Staff only: left out for clients. */
            notes?: string;
            organizationId: string;
            serial: string;
            siteId: string | null;
            /** @description Staff only: left out for clients. */
            tags?: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AssetFeed: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastPushAt: string | null;
            name: string;
            organizationId: string;
            /** @description Where the RMM POSTs, with `Authorization: Bearer <token>`. */
            path: string;
            revokedAt: string | null;
            /** @description The start of its token, to tell tokens apart. */
            tokenPrefix: string;
        };
        AssetFeedWithToken: components["schemas"]["AssetFeed"] & {
            /** @description Shown once: only its hash is kept. */
            token: string;
        };
        AssetTicket: {
            id: string;
            /** @description As people read it, e.g. SB-1042. */
            number: string;
            status: string;
            subject: string;
        };
        BackupJob: {
            /** @description Its email reports count without a DMARC pass for the sender’s domain (an appliance that relays without SPF/DKIM). */
            acceptUnauthenticated: boolean;
            archivedAt: string | null;
            assetId: string | null;
            /** Format: date-time */
            createdAt: string;
            dailyAt: string | null;
            everyHours: number | null;
            graceMinutes: number;
            id: string;
            lastMessage: string | null;
            lastResultAt: string | null;
            lastStatus: ("success" | "warning" | "failed") | null;
            lastSuccessAt: string | null;
            name: string;
            organizationId: string;
            /** @description Which email subjects the job’s reports are read with (docs/readiness.md). */
            product: "veeam" | "acronis" | "datto" | "windows_server_backup" | "other";
            protects: string;
            reportFrom: string | null;
            /** @description The job’s name as its reports spell it; empty matches any. */
            reportName: string;
            resolveOnSuccess: boolean;
            rpoHours: number;
            /** Format: date-time */
            staleAt: string;
            /** @description `failed`: the latest result failed. `stale`: no success within the RPO/schedule and grace. `waiting`: never succeeded, not late yet. `warning`, `ok`. */
            state: "ok" | "warning" | "failed" | "stale" | "waiting";
            subjectPattern: string | null;
            ticketId: string | null;
            tokenPrefix: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with an edit or an archive: a job changed since is 409 `version_conflict`. */
            version: number;
            webhookPath: string;
        };
        BackupResult: {
            /** Format: date-time */
            finishedAt: string;
            id: string;
            jobId: string;
            message: string;
            /** Format: date-time */
            receivedAt: string;
            sizeBytes: number | null;
            source: "webhook" | "email";
            status: "success" | "warning" | "failed";
            unverified: string | null;
        };
        BillingAccount: {
            currency: string;
            organizationId: string;
            /** @description False: the configured default currency. */
            own: boolean;
        };
        BillingTerms: {
            afterHoursPercent: number;
            approvalRequired: boolean;
            block: {
                lowBalanceMinutes: number | null;
                minutesPerMonth: number;
                priceMinor: number | null;
                /** @description Rollover rule. */
                rollover: "none" | "next_period" | "capped";
                rolloverCapMinutes: number | null;
            } | null;
            /** @description Block hours: the months from the first time drawn to this one, in the client’s time zone. */
            blockMonths: {
                allowance: number;
                balance: number;
                carriedIn: number;
                low: boolean;
                month: string;
                overage: number;
                used: number;
            }[];
            contractId: string;
            /** @description ISO 4217 code; every amount is in its minor units. */
            currency: string;
            defaultRateMinor: number;
            flatFee: {
                /** @description The fee per user, per device or per month. In minor units (cents) of the client's currency. */
                amountMinor: number;
                /** @description Per user, per device, or a fixed amount per month. */
                basis: "per_user" | "per_device" | "fixed";
            } | null;
            incrementMinutes: number;
            /** @description `managed`: a flat fee covers in-scope work in covered hours. `block_hours`: prepaid minutes per month cover in-scope work. `time_and_materials`: every minute is billed. */
            kind: "managed" | "block_hours" | "time_and_materials";
            minimumMinutes: number;
            organizationId: string;
            roleRates: {
                rateMinor: number;
                role: string;
                workType: string | null;
            }[];
            /** @description Rounding mode. */
            rounding: "up" | "nearest";
            scope: {
                homeWorkers: boolean;
                remote: boolean;
                siteIds: string[] | null;
                workTypes: string[] | null;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workTypes: {
                key: string;
                name: string;
                rateMinor: number;
            }[];
        };
        Calendar: {
            breaks: {
                /** @description The weekdays it recurs on; at least one. */
                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                /** @description Local time HH:MM (24:00 ends a day). */
                end: string;
                /** @description Local time HH:MM (24:00 ends a day). */
                start: string;
            }[];
            createdAt: string;
            customHolidays: string[];
            exceptions: {
                closed?: boolean;
                /** @description Local date YYYY-MM-DD. */
                date: string;
                windows?: {
                    /** @description Local time HH:MM (24:00 ends a day). */
                    end: string;
                    /** @description Local time HH:MM (24:00 ends a day). */
                    start: string;
                }[];
            }[];
            holidays: {
                country: string;
                region?: string;
            }[];
            id: string;
            name: string;
            timeZone: string;
            updatedAt: string;
            version: number;
            windows: {
                endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                /** @description Local time HH:MM (24:00 ends a day). */
                endTime: string;
                startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                /** @description Local time HH:MM (24:00 ends a day). */
                startTime: string;
            }[];
        };
        Campaign: {
            blockers: {
                note: string;
                personId: string;
                personName: string;
                position: number;
                /** Format: date-time */
                since: string;
                stepTitle: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            /** Format: date */
            dueOn: string;
            id: string;
            name: string;
            organizationId: string;
            /** @description People in the campaign (one checklist each). */
            people: number;
            /** @description Every step of every checklist. */
            progress: {
                blocked: number;
                done: number;
                /** @description Done or not needed. */
                finished: number;
                notNeeded: number;
                open: number;
                /** @description Finished of total, whole percent rounded down: 100 only when every step is finished. */
                percent: number;
                total: number;
            };
            /** @description How many people are at each state of each step. */
            steps: {
                blocked: number;
                done: number;
                /** @description Done or not needed. */
                finished: number;
                notNeeded: number;
                open: number;
                /** @description Finished of total, whole percent rounded down: 100 only when every step is finished. */
                percent: number;
                position: number;
                title: string;
                total: number;
                workType: string | null;
            }[];
            /** @description Per technician (null: unassigned); empty for a client. */
            technicians: {
                assigneeId: string | null;
                blocked: number;
                done: number;
                /** @description Done or not needed. */
                finished: number;
                name: string;
                notNeeded: number;
                open: number;
                /** @description Finished of total, whole percent rounded down: 100 only when every step is finished. */
                percent: number;
                total: number;
            }[];
            templateId: string;
        };
        CampaignPerson: {
            assigneeId: string | null;
            assigneeName: string | null;
            contactId: string;
            email: string;
            id: string;
            /** @description `home`: works from home. `site`: at one of the client’s sites. */
            location: "home" | "site";
            name: string;
            notes: string;
            siteName: string | null;
            status: "complete" | "blocked" | "in_progress" | "not_started";
            steps: {
                /** @description Whether the client’s contract covers the step’s work for this person. */
                coverage: "covered" | "chargeable";
                note: string;
                position: number;
                /** @description Why, e.g. "home worker; contract covers premises only". */
                reason: string;
                /** @description `open`, `done`, `blocked` (the note says by what) or `not_needed`. */
                state: "open" | "done" | "blocked" | "not_needed";
                /** Format: date-time */
                updatedAt: string;
            }[];
            ticketId: string | null;
            /** @description The time logged for this person, by classification (billing’s). */
            time: {
                byClassification: {
                    classification: "billable" | "covered" | "non_billable" | "goodwill";
                    currency: string;
                    minutes: number;
                    valueMinor: number;
                }[];
                /** @description Minutes logged on the person’s ticket. */
                minutes: number;
                reason: string | null;
            };
        };
        CampaignTemplate: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            organizationId: string | null;
            steps: {
                /** @description 1, 2, 3 … in order. */
                position: number;
                title: string;
                workType: string | null;
            }[];
        };
        ClientAccount: {
            blocks: {
                contractId: string;
                contractName: string;
                /** @description This month first, then the two before, in the client’s time zone. */
                months: {
                    allowance: number;
                    balance: number;
                    carriedIn: number;
                    low: boolean;
                    month: string;
                    overage: number;
                    used: number;
                }[];
            }[];
            goodwill: components["schemas"]["GoodwillLedger"];
        };
        ClientIncidentActions: {
            items: {
                actions: components["schemas"]["IncidentAction"][];
                /** Format: date-time */
                declaredAt: string;
                incidentId: string;
                incidentTitle: string;
                resolvedAt: string | null;
            }[];
        };
        ClientOverview: {
            accountManager: {
                id: string;
                name: string;
            } | null;
            archivedAt: string | null;
            /** @description Open tickets with an SLA clock past its due time now, or one that was missed. */
            breachedTickets: number;
            /** @description Active contacts. */
            contacts: number;
            contract: {
                id: string;
                kind: string;
                name: string;
            } | null;
            id: string;
            industry: string;
            name: string;
            /** @description Tickets not resolved or closed. */
            openTickets: number;
            /** @description Active sites. */
            sites: number;
            timeZone: string;
        };
        Contact: {
            archivedAt: string | null;
            createdAt: string;
            emails: string[];
            id: string;
            /** @description Only in answers to GET /contacts?phone=: the number on file that matched, and how. */
            match?: {
                extension: string;
                /** @description exact: the number as typed (international, or the digits on file); national: the number dialled inside its own country (0113 200 0001 for +44 113 200 0001); trailing: the number ends with the digits typed. */
                kind: "exact" | "national" | "trailing";
                label: string;
                number: string;
            };
            name: string;
            organizationId: string;
            phones: {
                /** @description Empty when none. */
                extension: string;
                label: string;
                /** @description E.164, or digits as typed when the organisation has no country. */
                number: string;
            }[];
            siteId: string | null;
            title: string;
            vip: boolean;
            workLocation: "site" | "home";
        };
        ContactMethod: {
            address: string;
            delayMinutes: number;
            disabled: boolean;
            id: string;
            method: "email" | "sms" | "voice" | "webhook" | "slack" | "teams";
        };
        Contract: {
            active: boolean;
            coverage: {
                calendarId: string;
                priorities?: ("P1" | "P2" | "P3" | "P4")[];
                siteIds?: string[];
            }[];
            createdAt: string;
            endsAt: string | null;
            id: string;
            kind: string;
            name: string;
            organizationId: string;
            slaPolicyId: string;
            /**
             * Format: date-time
             * @description Covers tickets opened from this instant...
             */
            startsAt: string;
            updatedAt: string;
        };
        CoverageWeek: {
            calendars: {
                coveredMinutes: number;
                id: string | null;
                name: string;
                notes: {
                    /** @description Local date in the calendar’s zone. */
                    date: string;
                    kind: "holiday" | "closed_date" | "exception";
                    text: string;
                }[];
                segments: {
                    /** @description 0 is Monday. */
                    day: number;
                    end: string;
                    /** @description HH:MM, or 24:00 at the end of the day. */
                    endLocal: string;
                    /** @description Where the segment starts, as a share (0–1) of its day’s real length. */
                    from: number;
                    start: string;
                    /** @description HH:MM in the week’s zone. */
                    startLocal: string;
                    to: number;
                }[];
                timeZone: string;
            }[];
            days: {
                date: string;
                /** @description 23 or 25 on a daylight-saving change. */
                hours: number;
                weekday: string;
            }[];
            /** @description Contract previews: which calendar covers a ticket of each priority at each site. */
            lanes: {
                calendar: number | null;
                /** @description P1 (critical) to P4 (low). */
                priority: "P1" | "P2" | "P3" | "P4";
                rule: number | null;
                siteId: string | null;
            }[];
            /** @description The client’s active sites (contract previews). */
            sites: {
                id: string;
                name: string;
            }[];
            timeZone: string;
            weekStart: string;
        };
        DemoMessage: {
            ackPath: string | null;
            ackUrl: string | null;
            /** @description Where it would have gone: a phone number, an email address or a URL. */
            address: string;
            /**
             * Format: date-time
             * @description When the demo provider took it.
             */
            at: string;
            id: string;
            kind: string | null;
            /** @description email, sms, voice, webhook, slack or teams. */
            method: string;
            provider: string;
            recipient: {
                id: string;
                name: string;
            } | null;
            subject: string;
            /** @description The full text as sent, with the acknowledge link where there is one. */
            text: string;
            ticket: {
                id: string;
                number: string;
            } | null;
        };
        Dependency: {
            /** Format: date-time */
            createdAt: string;
            /** @description How badly the client is hit when the service is down: critical, high, normal or low. */
            criticality: "critical" | "high" | "normal" | "low";
            fallback: string;
            id: string;
            notifyContactIds: string[];
            organizationId: string;
            purpose: string;
            serviceId: string;
            siteId: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workaroundSteps: string[];
        };
        DrPlan: {
            deciderContactId: string | null;
            fallbacks: {
                criticality: string;
                dependency: string;
                dependencyId: string;
                /** @description The plan’s fallback, else the dependency’s own. */
                fallback: string;
            }[];
            lastReviewedOn: string | null;
            notes: string;
            organizationId: string;
            rtoHours: number;
            updatedAt: string | null;
            version: number;
        };
        EscalationLadder: {
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
            endedAt: string | null;
            id: string;
            nextStep: number | null;
            nextStepAt: string | null;
            /** @description The policy’s name. */
            policy: string;
            policyVersion: number;
            round: number;
            /** Format: date-time */
            startedAt: string;
            /** @description `held` while a vendor incident owns the ticket: the incident pages once for all its clients. */
            state: "active" | "acknowledged" | "held" | "ended";
            /** @description The steps of the policy version the ladder started with. */
            steps: {
                delayKind: "wall" | "business";
                delayMinutes: number;
                from: "trigger" | "previous";
                requiresAck: boolean;
                targets: ({
                    /** @enum {string} */
                    type: "user";
                    userId: string;
                } | {
                    role: "assignee" | "team_lead" | "service_manager" | "owner" | "account_manager";
                    /** @enum {string} */
                    type: "role";
                } | {
                    scheduleId: string;
                    /** @enum {string} */
                    type: "schedule";
                })[];
            }[];
            /** @description created, sla.warning or sla.breached. */
            trigger: string;
        };
        EscalationPage: {
            address: string;
            attempts: number;
            escalationId: string;
            id: string;
            lastError: string | null;
            /** @description email, sms, voice, webhook, slack or teams. */
            method: string;
            provider: string | null;
            recipientUserId: string;
            requiresAck: boolean;
            round: number;
            /** Format: date-time */
            sendAfter: string;
            sentAt: string | null;
            /** @description queued, sending, sent, delivered, failed or cancelled. */
            status: string;
            /** @description The 1-based step that paged. */
            step: number;
        };
        EscalationPolicy: {
            active: boolean;
            createdAt: string;
            id: string;
            match: {
                businessCritical?: boolean;
                contractIds?: string[];
                priorities?: ("P1" | "P2" | "P3" | "P4")[];
                /** @description created: as soon as a matching ticket is open. */
                trigger: "created" | "sla.warning" | "sla.breached";
            };
            name: string;
            repeat: {
                fromStep: number;
                times: number | null;
            };
            /** @description Tickets climbing this policy now; they keep the version they started with whatever changes. */
            runningLadders: number;
            steps: {
                delayKind: "wall" | "business";
                delayMinutes: number;
                from: "trigger" | "previous";
                requiresAck: boolean;
                targets: ({
                    /** @enum {string} */
                    type: "user";
                    userId: string;
                } | {
                    role: "assignee" | "team_lead" | "service_manager" | "owner" | "account_manager";
                    /** @enum {string} */
                    type: "role";
                } | {
                    scheduleId: string;
                    /** @enum {string} */
                    type: "schedule";
                })[];
            }[];
            updatedAt: string;
            version: number;
        };
        EscalationPreview: {
            /** Format: date-time */
            at: string;
            deferredUntil: string | null;
            steps: {
                dueAt: string | null;
                /** @description The step would page nobody now. */
                nobody: boolean;
                /** @description 1-based. */
                step: number;
                targets: {
                    /** @description Only a ticket says who this is. */
                    needsTicket: boolean;
                    people: {
                        /** @description The person has no contact methods: the page goes to their account email. */
                        emailFallback: boolean;
                        id: string;
                        /** @description How the person is reached, in order of delay (addresses are not shown). */
                        methods: {
                            delayMinutes: number;
                            method: string;
                        }[];
                        name: string;
                    }[];
                    reason: string;
                    target: {
                        /** @enum {string} */
                        type: "user";
                        userId: string;
                    } | {
                        role: "assignee" | "team_lead" | "service_manager" | "owner" | "account_manager";
                        /** @enum {string} */
                        type: "role";
                    } | {
                        scheduleId: string;
                        /** @enum {string} */
                        type: "schedule";
                    };
                }[];
            }[];
            ticket: {
                id: string;
                number: number;
            } | null;
        };
        FoldOutcome: {
            /** @description opened/reopened a ticket, folded into its open ticket, resolved its ticket, recovered (ticket kept), held (flapping), recorded (nothing to do). */
            action: "opened" | "reopened" | "folded" | "resolved" | "recovered" | "held" | "recorded" | "stable";
            alertId: string;
            dedupeKey: string;
            flapping: boolean;
            state: "firing" | "resolved";
            ticketId: string | null;
        };
        FraudFlag: {
            call: {
                /** Format: date-time */
                calledAt: string;
                /** @description The staff member who called. */
                calledBy: string;
                note: string;
                /** @description The number called, E.164. */
                number: string;
                /** @description on_file: a number in the directory; found_elsewhere: typed by the technician, with whereFound. */
                numberSource: "on_file" | "found_elsewhere";
                /** @description verified: the purported sender confirmed the request; fraud: they did not send it; not_reachable: nobody could be reached on the number. */
                outcome: "verified" | "fraud" | "not_reachable";
                /** Format: date-time */
                recordedAt: string;
                whereFound: string | null;
            } | null;
            /** @description Who to call back, from the directory only (never from the message), read when asked. */
            callBack: {
                /** @description What to do, in words: whom to call, or — with no number on file — to find one independently, never from the message. */
                advice: string;
                mainNumber: {
                    extension: string;
                    number: string;
                    organizationId: string;
                    organizationName: string;
                } | null;
                people: {
                    contactId: string;
                    /** @description address: their address on file is the sender’s; name: the message carries their name. */
                    matchedBy: "address" | "name";
                    name: string;
                    organizationId: string;
                    organizationName: string;
                    phones: {
                        extension: string;
                        label: string;
                        /** @description E.164. */
                        number: string;
                    }[];
                    title: string;
                }[];
            };
            id: string;
            messageId: string | null;
            organizationId: string;
            /** @description Who the message (or the caller) claimed to be. */
            purportedSender: {
                address: string | null;
                name: string | null;
            };
            /** Format: date-time */
            raisedAt: string;
            raisedBy: string | null;
            /** @description Why, strongest first. */
            reasons: {
                /** @description Stable code: the scorer’s (docs/fraud.md), or raised_by_staff. */
                code: string;
                /** @description What was seen and why it matters, for the technician. */
                detail: string;
                /** @description On look-alike reasons: the domain remembered for every client once the fraud is confirmed. */
                domain?: string;
                /** @description Points it adds to the score (0 for a flag raised by hand). */
                weight: number;
            }[];
            score: number | null;
            /** @description message: an inbound message scored at or above the client’s threshold; staff: raised by hand. */
            source: "message" | "staff";
            /** @description awaiting_call until the call-back is logged; then its outcome. */
            status: "awaiting_call" | "verified" | "fraud" | "not_reachable";
            /** @description A first wording for the warning to the client’s users, after what the message asked for, for staff to edit. */
            suggestedWarning: string;
            threshold: number | null;
            ticketId: string;
            warnings: components["schemas"]["FraudWarning"][];
        };
        FraudSettings: {
            defaultThreshold: number;
            isDefault: boolean;
            organizationId: string;
            /** @description Messages scoring at or above it are flagged verify-by-phone. */
            threshold: number;
            updatedAt: string | null;
            updatedBy: string | null;
        };
        FraudWarning: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Staff only. */
            createdBy?: string;
            endedAt: string | null;
            /** @description Staff only. */
            flagId?: string;
            id: string;
            organizationId: string;
            /** @description The banner the client’s users read in the portal. */
            text: string;
            /** @description Staff only. */
            ticketId?: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GoodwillLedger: {
            lines: {
                currency: string;
                entries: number;
                minutes: number;
                /** @description YYYY-MM in the client’s time zone. */
                month: string;
                reason: string;
                valueMinor: number;
            }[];
            organizationId: string;
            timeZone: string;
            totals: {
                currency: string;
                minutes: number;
                valueMinor: number;
            }[];
        };
        Heartbeat: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string;
            enabled: boolean;
            graceMinutes: number;
            id: string;
            intervalMinutes: number;
            lastPingAt: string | null;
            lastStatus: string | null;
            name: string;
            organizationId: string;
            /** @description P1 (critical) to P4 (low). */
            priority: "P1" | "P2" | "P3" | "P4";
            resolveOnRecovery: boolean;
            tokenPrefix: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        HeartbeatWithToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string;
            enabled: boolean;
            graceMinutes: number;
            id: string;
            intervalMinutes: number;
            lastPingAt: string | null;
            lastStatus: string | null;
            name: string;
            organizationId: string;
            /** @description P1 (critical) to P4 (low). */
            priority: "P1" | "P2" | "P3" | "P4";
            resolveOnRecovery: boolean;
            /** @description Shown once: the job reports with `Authorization: Bearer <token>`. */
            token: string;
            tokenPrefix: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        HolidayCountries: {
            items: {
                code: string;
                name: string;
                regions: {
                    code: string;
                    name: string;
                }[];
            }[];
        };
        ImportFormats: {
            formats: {
                /** @description By kind, then field: the column names read for it, first found wins. */
                columns: {
                    [key: string]: {
                        [key: string]: string[];
                    };
                };
                /** @description Whose column names the file uses: Switchboard’s own, or a ConnectWise PSA, Autotask or HaloPSA export. */
                format: "switchboard" | "connectwise" | "autotask" | "halopsa";
                name: string;
            }[];
            kinds: {
                fields: {
                    doc: string;
                    field: string;
                }[];
                /** @description What the file holds: clients, sites, contacts, staff or tickets (open ones). */
                kind: "clients" | "sites" | "contacts" | "staff" | "tickets";
                /** @description Each inner list: the file needs a column of one of these fields. */
                required: string[][];
            }[];
            /** @description The largest file an upload may be. */
            limitBytes: number;
        };
        ImportRow: {
            action: "create" | "update" | "skip" | "error";
            /** @description The fields an update changes. */
            changes: string[];
            externalId: string | null;
            issues: {
                code: string;
                column: string | null;
                field: string;
                message: string;
            }[];
            /** @description What the row is: a name, an email, a ticket number. */
            label: string;
            outcome: ("created" | "updated" | "skipped" | "failed") | null;
            outcomeReason: string | null;
            /** @description Why: what is new, which fields change and how it matched, why it is skipped, or what is wrong. */
            reason: string;
            recordId: string | null;
            /** @description The row’s number as a spreadsheet shows it (the header is row 1). */
            row: number;
        };
        /** @description An uploaded file: its preview, and how far applying it has come. */
        ImportRun: {
            /** @description Progress of applying: rows done of the rows to create or update (total). */
            applied: {
                created: number;
                done: number;
                failed: number;
                skipped: number;
                total: number;
                updated: number;
            };
            /** @description How the file’s header was read. */
            columns: {
                /** @description Columns no field reads. */
                ignored: string[];
                /** @description Each column read, and the field it fills. */
                used: {
                    column: string;
                    field: string;
                }[];
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            defaultTimeZone: string | null;
            fileBytes: number;
            /** @description SHA-256 of the file, hex: the same export uploaded again has the same hash. */
            fileHash: string;
            fileName: string;
            finishedAt: string | null;
            /** @description Whose column names the file uses: Switchboard’s own, or a ConnectWise PSA, Autotask or HaloPSA export. */
            format: "switchboard" | "connectwise" | "autotask" | "halopsa";
            id: string;
            /** @description What the file holds: clients, sites, contacts, staff or tickets (open ones). */
            kind: "clients" | "sites" | "contacts" | "staff" | "tickets";
            message: string | null;
            /** @description What the preview plans for the rows; rows with errors are not imported until fixed. */
            preview: {
                create: number;
                error: number;
                skip: number;
                update: number;
            };
            /** @description Data rows in the file (blank rows left out). */
            rows: number;
            startedAt: string | null;
            /** @description previewed: planned, nothing written yet; applying: being written, chunk by chunk; interrupted: the node applying it stopped (apply again to resume); done; failed: stopped on an error (message), apply again to resume. */
            status: "reading" | "previewed" | "applying" | "interrupted" | "done" | "failed";
        };
        InboundMail: {
            attachments: {
                contentId: string | null;
                contentType: string;
                filename: string | null;
                fromTnef: boolean;
                id: string;
                inline: boolean;
                size: number;
                /** @description False when it was over the attachment limit (listed without its bytes). */
                stored: boolean;
            }[];
            auto: {
                /** @description vacation, auto-reply, delivery-report, list, bulk or system */
                kind: string;
                reasons: string[];
            } | null;
            bounce: {
                format: string;
                originalMessageId: string | null;
                recipients: {
                    diagnostic: string;
                    hard: boolean;
                    reason: string;
                    recipient: string;
                    smtpCode: string | null;
                    stage: string | null;
                    status: string | null;
                }[];
            } | null;
            contactId: string | null;
            disposition: string | null;
            fraud: {
                flagged: boolean;
                reasons: {
                    code: string;
                    detail: string;
                    domain?: string;
                    weight: number;
                }[];
                score: number;
            } | null;
            from: {
                address: string | null;
                name: string | null;
            };
            fullText: string | null;
            html: string | null;
            id: string;
            mailboxId: string;
            messageId: string | null;
            notes: {
                code: string;
                detail: string;
            }[];
            organizationId: string | null;
            receivedAt: string;
            sentAt: string | null;
            size: number;
            source: string;
            state: string;
            subject: string | null;
            ticketId: string | null;
            ticketMessageId: string | null;
            visibleText: string | null;
            /** @description Why it went there: { by: token | header | sender | auto | bounce | unknown_sender | outside_sender | refused, … } */
            why: unknown;
        };
        Incident: {
            children: components["schemas"]["IncidentChild"][];
            clientCount: number;
            /** Format: date-time */
            declaredAt: string;
            declaredBy: string | null;
            id: string;
            resolvedAt: string | null;
            services: {
                id: string;
                name: string;
                vendorId: string;
                vendorName: string;
            }[];
            /** @description `declaring` while its children are being written, then `open`, then `resolved`; `discarded` when a declaration that died was given up. */
            status: "declaring" | "open" | "resolved" | "discarded";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            vendorContact: string;
            /** @description The clock against the vendor’s promise: none, pending (before the promised time) or overdue. */
            vendorPromise: "none" | "pending" | "overdue";
            vendorPromisedAt: string | null;
            vendorTicket: string;
            version: number;
        };
        IncidentAction: {
            assigneeId: string | null;
            done: boolean;
            doneAt: string | null;
            dueOn: string | null;
            id: string;
            incidentId: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        IncidentBanners: {
            items: {
                /** Format: date-time */
                declaredAt: string;
                incidentId: string;
                latestUpdate: {
                    body: string;
                    /** Format: date-time */
                    postedAt: string;
                } | null;
                /** @description The client’s own status page (a signed link), or /status/mine without a secret key. */
                statusPageUrl: string;
                title: string;
            }[];
        };
        IncidentChild: {
            /** @description An existing ticket attached as the child, rather than one opened for the incident. */
            attached: boolean;
            /** @description How badly the client is hit when the service is down: critical, high, normal or low. */
            criticality: "critical" | "high" | "normal" | "low";
            organizationId: string;
            organizationName: string;
            releasedAt: string | null;
            releaseReason: string;
            /** @description Indices of the checklist’s steps done. */
            stepsDone: number[];
            ticket: {
                id: string;
                /** @description Human ticket number, e.g. SB-1042. */
                number: string;
                status: "new" | "open" | "waiting_on_client" | "waiting_on_vendor" | "resolved" | "closed";
                subject: string;
            };
            /** Format: date-time */
            updatedAt: string;
            /** @description Where the client’s workaround stands: not_started, in_place, not_needed or blocked. */
            workaroundState: "not_started" | "in_place" | "not_needed" | "blocked";
            workaroundSteps: string[];
        };
        IncidentPreview: {
            clients: {
                coverage: {
                    contract: string | null;
                    /** @description Whether the contract covers a ticket of this priority right now. */
                    coveredNow: boolean;
                };
                /** @description How badly the client is hit when the service is down: critical, high, normal or low. */
                criticality: "critical" | "high" | "normal" | "low";
                fallbacks: string[];
                /** @description Open tickets of the client that mention the vendor or a service: candidates for attachTicketIds. */
                matchingTickets: {
                    id: string;
                    /** @description Human ticket number, e.g. SB-1042. */
                    number: string;
                    status: "new" | "open" | "waiting_on_client" | "waiting_on_vendor" | "resolved" | "closed";
                    subject: string;
                }[];
                name: string;
                organizationId: string;
                /** @description P1 (critical) to P4 (low). */
                priority: "P1" | "P2" | "P3" | "P4";
                services: {
                    /** @description How badly the client is hit when the service is down: critical, high, normal or low. */
                    criticality: "critical" | "high" | "normal" | "low";
                    purpose: string;
                    serviceId: string;
                    serviceName: string;
                    siteId: string | null;
                    vendorName: string;
                }[];
                siteId: string | null;
                workaroundSteps: string[];
            }[];
            services: {
                id: string;
                name: string;
                vendorId: string;
                vendorName: string;
            }[];
        };
        IncidentReview: {
            actions: components["schemas"]["IncidentAction"][];
            /** @description Markdown: generated from the event log when the incident was resolved, then edited by people. */
            body: string;
            /** @description The Markdown rendered and sanitised. */
            bodyHtml: string;
            editedBy: string | null;
            incidentId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        IncidentSummary: {
            clientCount: number;
            /** Format: date-time */
            declaredAt: string;
            declaredBy: string | null;
            id: string;
            resolvedAt: string | null;
            services: {
                id: string;
                name: string;
                vendorId: string;
                vendorName: string;
            }[];
            /** @description `declaring` while its children are being written, then `open`, then `resolved`; `discarded` when a declaration that died was given up. */
            status: "declaring" | "open" | "resolved" | "discarded";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            vendorContact: string;
            /** @description The clock against the vendor’s promise: none, pending (before the promised time) or overdue. */
            vendorPromise: "none" | "pending" | "overdue";
            vendorPromisedAt: string | null;
            vendorTicket: string;
            version: number;
        };
        IntakeAnswer: {
            alerts: components["schemas"]["FoldOutcome"][];
            /** @description Notifications that carry no alert (a test message, another activity type). */
            ignored: number;
            received: number;
        };
        Invoice: {
            currency: string;
            customerName: string;
            dueDate: string | null;
            /** @description Value of the goodwill lines: work not charged. In minor units (cents) of the invoice's currency. */
            goodwillMinor: number;
            id: string;
            issueDate: string | null;
            /** @description How many lines the invoice has. */
            lineCount: number;
            lines: {
                /** @description Quantity × unit. In minor units (cents) of the invoice's currency. */
                amountMinor: number;
                contractId: string | null;
                description: string;
                entryId: string | null;
                entryVersion: number | null;
                id: string;
                /** @description `flat_fee` a contract’s monthly fee; `block` block hours drawn (0.00); `block_overage` minutes beyond the block; `time` chargeable time; `goodwill` time waived, 0.00 with its value. */
                kind: "flat_fee" | "block" | "block_overage" | "time" | "goodwill";
                minutes: number | null;
                month: string | null;
                multiplierPercent: number | null;
                position: number;
                quantity: number;
                rateMinor: number | null;
                /** @description Price of one. In minor units (cents) of the invoice's currency. */
                unitMinor: number;
                /** @description What the line is worth before any waiver: for goodwill, the value waived. In minor units (cents) of the invoice's currency. */
                valueMinor: number;
            }[];
            number: string | null;
            organizationId: string;
            paymentTermsDays: number;
            runId: string;
            seq: number | null;
            /** @description Sum of the lines. In minor units (cents) of the invoice's currency. */
            subtotalMinor: number;
            /** @description Tax on the subtotal, half a minor unit rounded up. In minor units (cents) of the invoice's currency. */
            taxMinor: number;
            taxName: string;
            taxRateBp: number;
            timeZone: string;
            /** @description Subtotal plus tax. In minor units (cents) of the invoice's currency. */
            totalMinor: number;
        };
        InvoiceExport: {
            createdAt: string;
            fileName: string;
            /** @description The accounting format. */
            format: "xero" | "quickbooks";
            id: string;
        };
        InvoiceRun: {
            approvedAt: string | null;
            approvedBy: string | null;
            createdAt: string;
            createdBy: string;
            exportedAt: string | null;
            exports: components["schemas"]["InvoiceExport"][];
            id: string;
            invoices: components["schemas"]["InvoiceSummary"][];
            organizationId: string | null;
            periodFrom: string;
            periodTo: string;
            sentAt: string | null;
            /** @description draft → approved → sent or exported; or discarded. */
            status: "draft" | "approved" | "sent" | "exported" | "discarded";
            version: number;
        };
        InvoiceRunSummary: {
            approvedAt: string | null;
            approvedBy: string | null;
            createdAt: string;
            createdBy: string;
            exportedAt: string | null;
            id: string;
            organizationId: string | null;
            periodFrom: string;
            periodTo: string;
            sentAt: string | null;
            /** @description draft → approved → sent or exported; or discarded. */
            status: "draft" | "approved" | "sent" | "exported" | "discarded";
            version: number;
        };
        InvoiceSettings: {
            customerName: string | null;
            organizationId: string;
            paymentTermsDays: number;
            taxName: string;
            taxRateBp: number;
        };
        InvoiceSummary: {
            currency: string;
            customerName: string;
            dueDate: string | null;
            /** @description Value of the goodwill lines: work not charged. In minor units (cents) of the invoice's currency. */
            goodwillMinor: number;
            id: string;
            issueDate: string | null;
            /** @description How many lines the invoice has. */
            lineCount: number;
            number: string | null;
            organizationId: string;
            paymentTermsDays: number;
            runId: string;
            seq: number | null;
            /** @description Sum of the lines. In minor units (cents) of the invoice's currency. */
            subtotalMinor: number;
            /** @description Tax on the subtotal, half a minor unit rounded up. In minor units (cents) of the invoice's currency. */
            taxMinor: number;
            taxName: string;
            taxRateBp: number;
            timeZone: string;
            /** @description Subtotal plus tax. In minor units (cents) of the invoice's currency. */
            totalMinor: number;
        };
        KbArticle: {
            archivedAt: string | null;
            /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
            audience: "internal" | "clients";
            authorUserId: string | null;
            /** @description The Markdown as written. */
            body: string;
            /** @description The Markdown rendered to sanitised HTML. */
            bodyHtml: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            organizationId: string | null;
            /** @description Tickets this article solved ("this solved it"), one per ticket. */
            solvedCount: number;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        KbArticleSummary: {
            archivedAt: string | null;
            /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
            audience: "internal" | "clients";
            id: string;
            organizationId: string | null;
            /** @description Plain text around the first searched word (the beginning without a search). */
            snippet: string;
            /** @description Tickets this article solved ("this solved it"), one per ticket. */
            solvedCount: number;
            /** @description In a `match=any` search (a ticket’s subject): true when the article is client-visible and its title holds most of the searched words — worth sending to the client. */
            suggested?: boolean;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        KbPreview: {
            /** @description The sanitised HTML. */
            html: string;
        };
        KbSolvedRow: {
            archived: boolean;
            articleId: string;
            /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
            audience: "internal" | "clients";
            organizationId: string;
            /** @description Tickets of this client the article was marked as having solved. */
            tickets: number;
            title: string;
        };
        LiveEvent: {
            /** Format: date-time */
            at: string;
            /** @description What changed, by event type. */
            data: {
                [key: string]: unknown;
            };
            ticketId: string;
            /** @description ticket.created, ticket.updated, message.added, ticket.linked, ticket.merged; for staff also sla.warning, sla.breached, the fraud guard’s fraud.flagged, fraud.call_logged, fraud.confirmed, fraud.warning_published and fraud.warning_changed, and the escalation ladder’s escalation.changed (data.change: started, paged, exhausted, deferred, acknowledged, escalated, ended) and escalation.page (a page’s delivery status: sent, failed, retrying, cancelled, or reported:<status> from the provider). Also the event’s name in the stream. */
            type: string;
        };
        Mailbox: {
            address: string;
            createdAt: string;
            defaultPriority: string;
            enabled: boolean;
            /** @description Whether a password or OAuth2 token is stored (they are never shown). */
            hasSecrets: boolean;
            healthMinutes: number;
            id: string;
            imap: {
                auth: string;
                folder: string;
                host: string;
                oauth?: {
                    clientId: string;
                    provider: string;
                    tenant?: string;
                    tokenUrl?: string;
                };
                port: number;
                processedFolder: string | null;
                secure: boolean;
                username: string;
            } | null;
            kind: string;
            name: string;
            outgoing: {
                host: string;
                port: number;
                secure: boolean;
                username?: string;
            } | null;
            outsideSender: string;
            status: {
                alertedAt: string | null;
                health: "ok" | "failing" | "silent" | "disabled" | "new";
                lastError: string | null;
                lastErrorAt: string | null;
                lastMessageAt: string | null;
                lastSuccessAt: string | null;
                tokenFailedAt: string | null;
            };
            teamId: string | null;
            trustedAuthservId: string | null;
            updatedAt: string;
            version: number;
        };
        Me: {
            contactId?: string;
            email: string;
            id: string;
            kind: "staff" | "client";
            name: string;
            organizationId?: string;
            role: string;
            tier?: number | null;
        };
        Message: {
            authorContactId: string | null;
            authorUserId: string | null;
            body: string;
            callDirection: ("inbound" | "outbound") | null;
            callDurationSeconds: number | null;
            callerNumber: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description description: the request as given when the ticket was opened — by a client in their own words, or by staff as they logged it (authorUserId the staff member, authorContactId the contact it is for); public like a reply, and never added later. reply: public; note and call: staff only. */
            kind: "description" | "reply" | "note" | "call";
            ticketId: string;
        };
        /** @description The person on call changes at `at`; null means nobody. */
        OncallHandoff: {
            at: string;
            from: components["schemas"]["OncallPerson"] | null;
            to: components["schemas"]["OncallPerson"] | null;
        };
        OncallOverride: {
            createdAt: string;
            createdBy: string;
            endAt: string;
            id: string;
            reason: string;
            replacesUserId: string | null;
            replacesUserName: string | null;
            scheduleId: string;
            startAt: string;
            userId: string;
            userName: string;
        };
        OncallPerson: {
            layer: number | null;
            layerName: string | null;
            name: string;
            overrideId: string | null;
            source: "rotation" | "override";
            userId: string;
        };
        OncallSchedule: {
            createdAt: string;
            id: string;
            layers: {
                /** @description Local YYYY-MM-DD: participant #0 starts at the first hand-off on or after it (on handoffDay for weekly shifts). */
                anchorDate: string;
                handoffDay?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                /** @description Local HH:MM in the schedule’s zone; refused when it falls in a daylight-saving gap within ten years. */
                handoffTime: string;
                /** @description A label; default "Layer n". */
                name?: string;
                /** @description Staff user ids in rotation order; participant #0 takes the first shift. */
                participants: string[];
                /** @description When the layer applies; absent or empty means always. */
                restrictions?: {
                    endDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                    /** @description Local HH:MM, or 24:00 for the end of endDay. */
                    endTime: string;
                    startDay: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                    /** @description Local HH:MM. */
                    startTime: string;
                }[];
                /** @description Whole units: hours dividing 24 (1–24), days (1–366) or weeks (1–52). */
                shiftLength: number;
                shiftUnit: "hours" | "days" | "weeks";
            }[];
            name: string;
            /** @description Current and future overrides (single schedule only). */
            overrides?: components["schemas"]["OncallOverride"][];
            timeZone: string;
            updatedAt: string;
            /** @description Everyone the layers name. */
            users: {
                id: string;
                name: string;
            }[];
            version: number;
        };
        Organization: {
            accountManagerId?: string | null;
            archivedAt: string | null;
            country: string | null;
            createdAt: string;
            id: string;
            industry: string;
            mainPhone: {
                /** @description Empty when none. */
                extension: string;
                /** @description E.164, or digits as typed when the organisation has no country. */
                number: string;
            } | null;
            name: string;
            slug: string;
            timeZone: string;
        };
        OutboundMail: {
            attempts: number;
            auto: boolean;
            bounce: unknown;
            bouncedAt: string | null;
            createdAt: string;
            event: string;
            id: string;
            kind: string;
            lastError: string | null;
            messageId: string;
            sentAt: string | null;
            /** @description queued, sending, sent, failed, bounced or suppressed */
            status: string;
            subject: string;
            ticketMessageId: string | null;
            to: string;
        };
        PhoneCountries: {
            /** @description Every country an organisation may have (those with phone numbering), by name. */
            items: {
                /** @description Country calling code without the +, e.g. 44. */
                callingCode: string;
                /** @description ISO 3166-1 alpha-2, as an organisation’s `country`. */
                code: string;
                /** @description English name. */
                name: string;
            }[];
            /** @description The country each IANA time zone gives an organisation created without one; zones that give none are left out. */
            timeZones: {
                [key: string]: string;
            };
        };
        /** @description An RFC 9457 problem document. */
        Problem: {
            /** @description Stable machine-readable error code. */
            code: string;
            /** @description What went wrong with this request, for a person. */
            detail: string;
            details?: {
                [key: string]: unknown;
            };
            /** @description JSON pointer to the offending input field. */
            field?: string;
            instance?: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /** @description A URI naming the problem type. */
            type: string;
        };
        ProviderDetail: {
            createdAt: string;
            enabled: boolean;
            id: string;
            kind: string;
            methods: string[];
            name: string;
            position: number;
            /** @description Names of the credentials stored (never their values). */
            secretsSet: string[];
            /** @description The settings without credentials. */
            settings: {
                [key: string]: string | number | boolean | string[];
            };
            /** @description false: the settings were stored under another SWITCHBOARD_SECRET_KEY and must be given again. */
            settingsReadable: boolean;
            updatedAt: string;
        };
        Readiness: {
            organizationId: string;
            organizationName: string;
            reasons: {
                code: string;
                points: number;
                text: string;
            }[];
            score: number;
        };
        RestoreTest: {
            /** Format: date-time */
            createdAt: string;
            durationMinutes: number;
            id: string;
            jobId: string;
            jobName: string;
            notes: string;
            organizationId: string;
            result: "success" | "partial" | "failed";
            testedBy: string | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            testedOn: string;
        };
        RunningTimer: {
            /** @description `on_site` at a client site, `remote` support, or `home`: for a person working from home. */
            location: "on_site" | "remote" | "home";
            /** Format: date-time */
            startedAt: string;
            ticketId: string;
            workType: string;
        };
        SavedView: {
            /** Format: date-time */
            createdAt: string;
            /** @description The filters, named as in the console’s address bar. */
            filters: {
                /** @description A client organisation id. */
                client?: string;
                /** @description A contact id. */
                contact?: string;
                /** @description Comma-separated priorities, e.g. P1,P2. */
                priority?: string;
                /** @description Comma-separated statuses, e.g. new,open. */
                status?: string;
                /** @description At risk only: breached, or due within 1h, 4h or 24h. */
                within?: "breached" | "1h" | "4h" | "24h";
            };
            id: string;
            name: string;
            ownerUserId: string;
            queue: string;
            /** @description Shown to every staff member, not only its owner. */
            shared: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        Site: {
            address: string;
            archivedAt: string | null;
            createdAt: string;
            id: string;
            name: string;
            organizationId: string;
            timeZone: string;
        };
        SlaPolicy: {
            createdAt: string;
            id: string;
            name: string;
            targets: {
                P1: {
                    /** @description Covered minutes, or business days. */
                    firstResponse: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                    nextReply?: (number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    }) | null;
                    /** @description Covered minutes, or business days. */
                    resolution: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                };
                P2: {
                    /** @description Covered minutes, or business days. */
                    firstResponse: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                    nextReply?: (number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    }) | null;
                    /** @description Covered minutes, or business days. */
                    resolution: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                };
                P3: {
                    /** @description Covered minutes, or business days. */
                    firstResponse: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                    nextReply?: (number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    }) | null;
                    /** @description Covered minutes, or business days. */
                    resolution: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                };
                P4: {
                    /** @description Covered minutes, or business days. */
                    firstResponse: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                    nextReply?: (number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    }) | null;
                    /** @description Covered minutes, or business days. */
                    resolution: number | {
                        /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                        businessDays: number;
                        /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                        dueAt: "end_of_day" | "same_time";
                    };
                };
            };
            updatedAt: string;
            warningBeforeMinutes: number | null;
            warningPercent: number;
        };
        SlaTry: {
            calendar: {
                id: string | null;
                name: string;
                timeZone: string;
            };
            clocks: {
                businessDays: {
                    businessDays: number;
                    /** @description Dates between the two without covered time (the first ten). */
                    closedDays: string[];
                    /** @description The covered instant counting started from. */
                    countedFrom: string;
                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                    dueAt: "end_of_day" | "same_time";
                    /** @description The business day the target falls on. */
                    dueDay: string;
                    /** @description The business day the clock started on (or, opened outside covered hours, the next one), local to the calendar. */
                    startDay: string;
                    /** @description Whether the clock started within covered hours; else counting started at countedFrom. */
                    startedCovered: boolean;
                    /** @description The due time the target gives before any pause or priority change. */
                    targetDueAt: string;
                } | null;
                clock: "first_response" | "resolution";
                /** @description The covered spans the target is counted in, in order (at most 14). */
                counted: {
                    end: string;
                    endLocal: string;
                    minutes: number;
                    start: string;
                    startLocal: string;
                }[];
                dueAt: string | null;
                dueAtLocal: string | null;
                explanation: string;
                /** @description Further spans not listed. */
                moreSpans: number;
                targetMinutes: number;
                warnAt: string | null;
            }[];
            clockStartsAt: string | null;
            clockStartsAtLocal: string | null;
            /** @description The target for each later answer to a client reply, if the policy sets one. */
            nextReply: (number | {
                /** @description Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260. */
                businessDays: number;
                /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                dueAt: "end_of_day" | "same_time";
            }) | null;
            nextReplyMinutes: number | null;
            openedAt: string;
            openedAtLocal: string;
            /** @description Whether the calendar was open at that moment. */
            openWhenOpened: boolean;
            /** @description P1 (critical) to P4 (low). */
            priority: "P1" | "P2" | "P3" | "P4";
            summary: string;
        };
        SpareItem: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            kind: string;
            model: string;
            name: string;
            /** @description Each unit has a serial; its stock is the count of its units. */
            serialised: boolean;
        };
        SpareMovement: {
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            delta: number;
            id: string;
            itemId: string;
            locationId: string;
            onHandAfter: number;
            /** @description `count`: a stock take’s difference from the record. `received`: a unit added. */
            reason: "count" | "received";
            serial: string | null;
        };
        SpareReservation: {
            /** Format: date-time */
            createdAt: string;
            dueAt: string | null;
            id: string;
            itemId: string;
            itemName: string;
            loan: boolean;
            locationId: string;
            locationName: string;
            overdueTicketId: string | null;
            quantity: number;
            reservedBy: string | null;
            serial: string | null;
            /** @description `reserved` → `out` (a loaner) → `returned`; `reserved` → `used` (a spare); `reserved` → `cancelled`. */
            state: "reserved" | "out" | "used" | "returned" | "cancelled";
            ticketId: string;
            unitId: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SpareUnit: {
            assetId: string | null;
            id: string;
            itemId: string;
            /** @description Where it is kept, or where it came from while reserved, out or used. */
            locationId: string;
            serial: string;
            /** @description `out`: on loan. `used`: fitted at a client for good. */
            state: "in_stock" | "reserved" | "out" | "used";
            /** Format: date-time */
            updatedAt: string;
        };
        SsoButton: {
            id: string;
            name: string;
        };
        SsoProvider: {
            allowedDomains: string[];
            clientId: string;
            createdAt: string;
            /** @description The ID token claim that holds the email address: `email` (trusted only with `email_verified: true`; Google), or `preferred_username` / `upn` (the sign-in name in a Microsoft Entra tenant’s verified domains). */
            emailClaim: "email" | "preferred_username" | "upn";
            enabled: boolean;
            id: string;
            issuer: string;
            jitRole: string | null;
            name: string;
            passwordRoles: string[];
            /** @description The address to register at the provider as the redirect (reply) URI. */
            redirectUri: string;
            requireHostedDomain: boolean;
            updatedAt: string;
            userKinds: ("staff" | "client")[];
        };
        StatusSubscription: {
            confirmedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            endedAt: string | null;
            /** @description Webhook deliveries refused or given up on in a row. */
            failures: number;
            id: string;
            kind: "email" | "webhook";
            /** @description The client whose page it follows; null for the public page. */
            organizationId: string | null;
            /** @description pending: an email not yet confirmed by its link; stopped: a webhook that failed too often in a row. */
            state: "pending" | "active" | "unsubscribed" | "stopped";
            stopReason: string;
            url: string | null;
        };
        StockLine: {
            /** @description On hand and not reserved. */
            available: number;
            item: components["schemas"]["SpareItem"];
            location: components["schemas"]["StockLocation"];
            /** @description Available has fallen to the threshold. */
            low: boolean;
            lowThreshold: number;
            onHand: number;
            reserved: number;
            /** @description A serialised item: the serials of the units available here. */
            serials: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        StockLocation: {
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description `office`: ours. `client_site`: kept at a client’s site. `van`: an engineer’s van. */
            kind: "office" | "client_site" | "van";
            name: string;
            organizationId: string | null;
            siteId: string | null;
            userId: string | null;
        };
        SuspectedIncident: {
            clientCount: number;
            clients: {
                alertId: string;
                /** Format: date-time */
                firstAlertAt: string;
                organizationId: string;
                state: "firing" | "resolved";
                summary: string;
                ticketId: string | null;
            }[];
            declaredAt: string | null;
            declaredBy: string | null;
            dismissedAt: string | null;
            dismissedBy: string | null;
            /** Format: date-time */
            firstAlertAt: string;
            id: string;
            incidentId: string | null;
            /** Format: date-time */
            lastAlertAt: string;
            signature: string;
            /** @description proposed, dismissed, expired (replaced by a newer proposal), or declared (as the incident incidentId). */
            status: string;
        };
        Team: {
            createdAt: string;
            id: string;
            leadUserId: string | null;
            name: string;
        };
        TestPage: {
            address: string;
            /** @description Every delivery attempt and provider status report, oldest first. */
            attempts: {
                /** Format: date-time */
                at: string;
                detail: string;
                outcome: string;
                provider: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastError: string | null;
            /** @description email, sms, voice, webhook, slack or teams. */
            method: string;
            provider: string | null;
            sentAt: string | null;
            /** @description queued, sending, sent (the provider accepted it) or failed. */
            status: string;
        };
        /** @description A ticket. Clients get it without the fields marked staff only. */
        Ticket: {
            assigneeId: string | null;
            /** @description Staff only. */
            businessCritical?: boolean;
            /** @description Where the request came from. */
            channel: "phone" | "email" | "portal" | "api" | "alert" | "monitoring" | "incident";
            closedAt: string | null;
            contactId: string | null;
            /** Format: date-time */
            createdAt: string;
            fcrOutcome?: ("resolved_first_contact" | "not_first_contact") | null;
            id: string;
            mergedIntoId: string | null;
            /** @description Human ticket number, e.g. SB-1042. */
            number: string;
            organizationId: string;
            /** @description P1 (critical) to P4 (low). */
            priority: "P1" | "P2" | "P3" | "P4";
            resolvedAt: string | null;
            siteId: string | null;
            slaDueAt: string | null;
            /** @description Ticket status. */
            status: "new" | "open" | "waiting_on_client" | "waiting_on_vendor" | "resolved" | "closed";
            subject: string;
            /** @description Staff only. */
            tags?: string[];
            teamId?: string | null;
            /** @description Staff only. */
            tier?: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TicketAsset: {
            asset: components["schemas"]["Asset"];
            /** Format: date-time */
            linkedAt: string;
            linkedBy: string | null;
        };
        TicketEvent: {
            actorUserId: string | null;
            after: unknown;
            /** Format: date-time */
            at: string;
            before: unknown;
            field: string | null;
            id: number;
            ticketId: string;
            type: string;
        };
        TicketKbLink: {
            articleId: string;
            /** @description `internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal. */
            audience: "internal" | "clients";
            /** Format: date-time */
            linkedAt: string;
            linkedBy: string | null;
            title: string;
        };
        TicketLink: {
            /** Format: date-time */
            createdAt: string;
            fromTicketId: string;
            id: string;
            /** @description parent (from is the parent of to), duplicate (from duplicates to), merged (from was merged into to). */
            kind: string;
            toTicketId: string;
        };
        TicketRating: {
            closesAt: string | null;
            comment: string | null;
            followUpTicketId: string | null;
            /** @description Whether the ticket has been resolved and its survey offered. */
            offered: boolean;
            /** @description Whether a rating can be given or changed now. */
            open: boolean;
            ratedAt: string | null;
            rating: ("good" | "okay" | "bad") | null;
            ticketId: string;
        };
        /** @description A client gets the clocks without the MSP’s set-up: no contract, policy or calendar names, no warning time. */
        TicketSla: {
            clocks: {
                breached: boolean;
                businessDays: {
                    businessDays: number;
                    /** @description Dates between the two without covered time (the first ten). */
                    closedDays: string[];
                    /** @description The covered instant counting started from. */
                    countedFrom: string;
                    /** @description end_of_day: at the end of that business day; same_time: at the time of day the clock started. */
                    dueAt: "end_of_day" | "same_time";
                    /** @description The business day the target falls on. */
                    dueDay: string;
                    /** @description The business day the clock started on (or, opened outside covered hours, the next one), local to the calendar. */
                    startDay: string;
                    /** @description Whether the clock started within covered hours; else counting started at countedFrom. */
                    startedCovered: boolean;
                    /** @description The due time the target gives before any pause or priority change. */
                    targetDueAt: string;
                } | null;
                calendar: {
                    /** @description Staff only. */
                    id?: string;
                    /** @description Staff only. */
                    name?: string;
                    timeZone: string;
                };
                clock: "first_response" | "next_reply" | "resolution";
                cycle: number;
                dueAt: string | null;
                dueAtLocal: string | null;
                elapsedMinutes: number;
                explanation: string;
                pausedMinutes: number;
                /** @description P1 (critical) to P4 (low). */
                priority: "P1" | "P2" | "P3" | "P4";
                startedAt: string;
                status: "running" | "paused" | "met" | "missed";
                stoppedAt: string | null;
                targetMinutes: number;
                warnAt?: string | null;
            }[];
            contract?: {
                id: string;
                name: string;
            } | null;
            explanation: string;
            policy?: {
                id: string;
                name: string;
                warningBeforeMinutes: number | null;
                warningPercent: number;
            } | null;
            ticketId: string;
        };
        TicketTime: {
            items: components["schemas"]["TimeEntry"][];
            /** @description What remote work on the ticket now, of the first work type, would be. */
            outlook: {
                /** @description Covered or chargeable. */
                coverage: "covered" | "chargeable";
                reason: string;
            };
            timer: components["schemas"]["RunningTimer"] | null;
            workTypes: {
                key: string;
                name: string;
            }[];
        };
        TicketVerification: {
            block: {
                code: string;
                message: string;
            } | null;
            /** @description Oldest first. */
            flags: components["schemas"]["FraudFlag"][];
            /** @description Whether a call-back is still to be logged: the ticket cannot be resolved, closed or merged away meanwhile. */
            required: boolean;
            ticketId: string;
        };
        TimeEntry: {
            afterHours: boolean;
            /** @description Minutes billed under the contract’s minimum and increment. */
            billedMinutes: number;
            /** @description `billable` (chargeable), `covered` by the contract, `non_billable`, or `goodwill`: chargeable work waived, with its reason. */
            classification: "billable" | "covered" | "non_billable" | "goodwill";
            contractId: string | null;
            /** @description What the contract’s scope decided when the time was logged. */
            coverage: "covered" | "chargeable";
            /** Format: date-time */
            createdAt: string;
            currency: string;
            id: string;
            invoiceId: string | null;
            /** @description `on_site` at a client site, `remote` support, or `home`: for a person working from home. */
            location: "on_site" | "remote" | "home";
            /** @description Minutes worked. */
            minutes: number;
            multiplierPercent: number;
            note: string;
            organizationId: string;
            /** @description Hourly rate, before the after-hours multiplier. */
            rateMinor: number;
            /** @description Why, in words: “home worker; contract covers premises only”. */
            reason: string;
            /** Format: date-time */
            startedAt: string;
            ticketId: string;
            userId: string;
            userName: string;
            /** @description What the billed minutes cost at the rate and multiplier — for covered and waived time too. */
            valueMinor: number;
            version: number;
            waivedAt: string | null;
            waivedBy: string | null;
            waiveReason: string | null;
            workType: string;
        };
        User: {
            contactId: string | null;
            createdAt: string;
            disabled: boolean;
            email: string;
            id: string;
            kind: "staff" | "client";
            name: string;
            organizationId: string | null;
            role: string;
            teamId: string | null;
            tier: number | null;
        };
        Vendor: {
            accountNumbers: {
                label: string;
                number: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            notes: string;
            portalUrl: string;
            services: components["schemas"]["VendorService"][];
            supportContacts: {
                email: string;
                name: string;
                phone: string;
                role: string;
            }[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        VendorService: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
            vendorId: string;
            version: number;
        };
        WaiveResult: {
            items: components["schemas"]["TimeEntry"][];
            waived: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
