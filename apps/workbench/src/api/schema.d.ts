// Generated from /api/openapi.json by `npm run api:types` (openapi-typescript). Do not edit.
export interface paths {
    "/api/v1/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调阅记录（谁、何时、为何查看或下载了哪条执法记录） */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
                    /** @description UUID */
                    caseId?: string;
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
                            action: string;
                            actorAgency: string;
                            actorName: string;
                            at: string;
                            caseId: string | null;
                            caseNumber: string | null;
                            id: number;
                            reason: string;
                            targetId: string;
                            targetKind: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可见范围内的机关 */
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
                            address: string;
                            /** @description 统一社会信用代码 */
                            creditCode: string;
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description enforcement 执法机关 | justice 司法行政部门 */
                            kind: string;
                            legalBasis: string;
                            name: string;
                            /** @description 案件编号规则 */
                            numberTemplate: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            parentId: string | null;
                            phone: string;
                            /** @description 执法行为类别 */
                            procedureKinds: string[];
                            regionCode: string;
                            regionName: string;
                            shortName: string;
                            units: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                kind: string;
                                name: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 设立机关（司法局系统管理员在辖区内设立；执法机关系统管理员设立下属机关） */
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
                        creditCode: string;
                        fields?: string[];
                        kind: "enforcement" | "justice";
                        legalBasis?: string;
                        name: string;
                        numberTemplate?: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        parentId?: string | null;
                        phone?: string;
                        procedureKinds?: string[];
                        regionCode: string;
                        shortName: string;
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
                            address: string;
                            /** @description 统一社会信用代码 */
                            creditCode: string;
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description enforcement 执法机关 | justice 司法行政部门 */
                            kind: string;
                            legalBasis: string;
                            name: string;
                            /** @description 案件编号规则 */
                            numberTemplate: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            parentId: string | null;
                            phone: string;
                            /** @description 执法行为类别 */
                            procedureKinds: string[];
                            regionCode: string;
                            regionName: string;
                            shortName: string;
                            units: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                kind: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            address: string;
                            /** @description 统一社会信用代码 */
                            creditCode: string;
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description enforcement 执法机关 | justice 司法行政部门 */
                            kind: string;
                            legalBasis: string;
                            name: string;
                            /** @description 案件编号规则 */
                            numberTemplate: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            parentId: string | null;
                            phone: string;
                            /** @description 执法行为类别 */
                            procedureKinds: string[];
                            regionCode: string;
                            regionName: string;
                            shortName: string;
                            units: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                kind: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改机关信息：执法类别、职权、编号规则等（系统管理员） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        fields?: string[];
                        legalBasis?: string;
                        numberTemplate?: string;
                        phone?: string;
                        procedureKinds?: string[];
                        shortName?: string;
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
                            address: string;
                            /** @description 统一社会信用代码 */
                            creditCode: string;
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description enforcement 执法机关 | justice 司法行政部门 */
                            kind: string;
                            legalBasis: string;
                            name: string;
                            /** @description 案件编号规则 */
                            numberTemplate: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            parentId: string | null;
                            phone: string;
                            /** @description 执法行为类别 */
                            procedureKinds: string[];
                            regionCode: string;
                            regionName: string;
                            shortName: string;
                            units: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                kind: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/agencies/{id}/alert-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警推送记录（每次投递的时间、应答和错误） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** @description opened | closed */
                            event: string;
                            id: string;
                            /** Format: date-time */
                            nextAt: string | null;
                            state: "delivered" | "pending" | "failed";
                            title: string;
                            tries: {
                                /** Format: date-time */
                                at: string;
                                error: string | null;
                                status: number | null;
                            }[];
                            url: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/alert-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警设置与推送地址 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 是否已设置签名密钥（密钥不回显） */
                            hasSecret: boolean;
                            /** @description 计算退回率的最少审结件数 */
                            minReviews: number;
                            /** @description 法制审核退回率预警线（0–1） */
                            returnRate: number;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /** @description 短信/即时通讯网关的推送地址 */
                            webhookUrl: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 设置退回率预警线和短信/即时通讯推送（HMAC-SHA256 签名） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minReviews: number;
                        returnRate: number;
                        /** @description HMAC-SHA256 签名密钥 */
                        webhookSecret?: string;
                        webhookUrl: string | null;
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
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 是否已设置签名密钥（密钥不回显） */
                            hasSecret: boolean;
                            /** @description 计算退回率的最少审结件数 */
                            minReviews: number;
                            /** @description 法制审核退回率预警线（0–1） */
                            returnRate: number;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /** @description 短信/即时通讯网关的推送地址 */
                            webhookUrl: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/case-file-standards/{procedure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案卷标准 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    procedure: string;
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
                            custom: boolean;
                            items: {
                                document?: string;
                                kind: "document" | "recording";
                                step: string;
                                when: "step-taken" | "always";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 设定案卷标准 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    procedure: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            document?: string;
                            kind: "document" | "recording";
                            step: string;
                            when: "step-taken" | "always";
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
                            custom: boolean;
                            items: {
                                document?: string;
                                kind: "document" | "recording";
                                step: string;
                                when: "step-taken" | "always";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/complaint-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉举报答复期限（工作日；未设置为 15） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /** @description 答复期限（工作日），对此后受理的投诉举报适用 */
                            answerDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 设置投诉举报答复期限（对此后受理的适用） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 答复期限（工作日），对此后受理的投诉举报适用 */
                        answerDays: number;
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
                            /** @description 答复期限（工作日），对此后受理的投诉举报适用 */
                            answerDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/discretion-benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政处罚裁量基准（现行版本及历史） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            benchmarks: {
                                grades: {
                                    /** @description 本阶次的情形 */
                                    circumstances: string;
                                    /** @description 罚款幅度 */
                                    fine: {
                                        /** @enum {string} */
                                        kind: "amount";
                                        max: number;
                                        min: number;
                                    } | {
                                        /** @description 计算基数，如 货值金额、违法所得 */
                                        base: string;
                                        /** @enum {string} */
                                        kind: "multiple";
                                        max: number;
                                        min: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "none";
                                    };
                                    /** @description 裁量阶次 */
                                    grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                    /** @description 本阶次可以并处的其他处罚 */
                                    sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                }[];
                                /** @description 违法行为代码，拟作出的决定以此引用 */
                                id: string;
                                /** @description 违法行为 */
                                name: string;
                                /** @description 处罚依据 */
                                penaltyArticle: string;
                                /** @description 违法依据 */
                                violatedArticle: string;
                            }[];
                            /** @description 本机关自己的各版本，新的在前 */
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            /** @description 沿用上级机关的裁量基准时，为该机关 */
                            inheritedFrom: string | (never | null);
                            /** @description 现行版本；尚无为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 发布新版裁量基准 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        benchmarks: {
                            grades: {
                                circumstances: string;
                                fine: {
                                    /** @enum {string} */
                                    kind: "amount";
                                    max: number;
                                    min: number;
                                } | {
                                    base: string;
                                    /** @enum {string} */
                                    kind: "multiple";
                                    max: number;
                                    min: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "none";
                                };
                                /** @description 裁量阶次 */
                                grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                            }[];
                            /** @description 违法行为代码，拟作出的决定以此引用 */
                            id: string;
                            /** @description 违法行为 */
                            name: string;
                            /** @description 处罚依据 */
                            penaltyArticle: string;
                            /** @description 违法依据 */
                            violatedArticle: string;
                        }[];
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            benchmarks: {
                                grades: {
                                    /** @description 本阶次的情形 */
                                    circumstances: string;
                                    /** @description 罚款幅度 */
                                    fine: {
                                        /** @enum {string} */
                                        kind: "amount";
                                        max: number;
                                        min: number;
                                    } | {
                                        /** @description 计算基数，如 货值金额、违法所得 */
                                        base: string;
                                        /** @enum {string} */
                                        kind: "multiple";
                                        max: number;
                                        min: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "none";
                                    };
                                    /** @description 裁量阶次 */
                                    grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                    /** @description 本阶次可以并处的其他处罚 */
                                    sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                }[];
                                /** @description 违法行为代码，拟作出的决定以此引用 */
                                id: string;
                                /** @description 违法行为 */
                                name: string;
                                /** @description 处罚依据 */
                                penaltyArticle: string;
                                /** @description 违法依据 */
                                violatedArticle: string;
                            }[];
                            /** @description 本机关自己的各版本，新的在前 */
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            /** @description 沿用上级机关的裁量基准时，为该机关 */
                            inheritedFrom: string | (never | null);
                            /** @description 现行版本；尚无为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/discretion-benchmarks/{violation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看某一违法行为的裁量基准：各阶次幅度和依据；给出拟罚款时判断是否在幅度内；推送本机关类案 */
        get: {
            parameters: {
                query?: {
                    baseAmount?: number;
                    facts?: string;
                    fine?: number;
                    grade?: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    violation: string;
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
                            benchmark: {
                                grades: {
                                    /** @description 本阶次的情形 */
                                    circumstances: string;
                                    /** @description 罚款幅度 */
                                    fine: {
                                        /** @enum {string} */
                                        kind: "amount";
                                        max: number;
                                        min: number;
                                    } | {
                                        /** @description 计算基数，如 货值金额、违法所得 */
                                        base: string;
                                        /** @enum {string} */
                                        kind: "multiple";
                                        max: number;
                                        min: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "none";
                                    };
                                    /** @description 裁量阶次 */
                                    grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                    /** @description 本阶次可以并处的其他处罚 */
                                    sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                }[];
                                /** @description 违法行为代码，拟作出的决定以此引用 */
                                id: string;
                                /** @description 违法行为 */
                                name: string;
                                /** @description 处罚依据 */
                                penaltyArticle: string;
                                /** @description 违法依据 */
                                violatedArticle: string;
                            };
                            similar: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                caseNumber: string;
                                /** @description YYYY-MM-DD */
                                decidedOn: string;
                                /** @description 违法事实 */
                                facts: string;
                                /** @description 罚款（元） */
                                fineAmount: number | null;
                                /** @description 裁量阶次 */
                                grade: string | null;
                                /** @description 处罚内容 */
                                penalty: string;
                                /** @description 同一违法行为 */
                                sameViolation: boolean;
                                /** @description 相似度（0–1） */
                                similarity: number;
                                title: string;
                                /** @description 违法行为代码 */
                                violation: string | null;
                            }[];
                            /** @description 给出拟罚款时的判断；未给出为 null */
                            verdict: {
                                /** @description 拟罚款（元） */
                                fine: number | null;
                                /** @description 所适用（或所符合）的阶次 */
                                grade: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                                /** @description 在裁量基准的幅度内 */
                                inRange: boolean;
                                message: string;
                                problems: string[];
                                /** @description 各阶次的情形和幅度 */
                                ranges: {
                                    circumstances: string;
                                    /** @description 裁量阶次 */
                                    grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                    /** @description 幅度的文字表述 */
                                    range: string;
                                    sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                }[];
                                /** @description 超出幅度，须书面说明理由 */
                                reasonRequired: boolean;
                                violation: {
                                    id: string;
                                    name: string;
                                    penaltyArticle: string;
                                    violatedArticle: string;
                                };
                            } | null;
                            /** @description 裁量基准的版本 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/document-numbering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文书编号规则：各类文书的文书代字与下一编号 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            kinds: {
                                defaultWord: string;
                                kind: string;
                                /** @description 本年度下一份此类文书的编号 */
                                nextNumber: string;
                                title: string;
                                /** @description 文书代字 */
                                word: string;
                            }[];
                            shortName: string;
                            /** @description 机关的编号规则，如 {short}{word}〔{year}〕{seq}号 */
                            template: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 设置文书代字（系统管理员）：未列出或与默认相同的文书种类用默认代字；每个代字各自按年度连续编号 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: {
                            [key: string]: string;
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
                        "application/json": {
                            kinds: {
                                defaultWord: string;
                                kind: string;
                                /** @description 本年度下一份此类文书的编号 */
                                nextNumber: string;
                                title: string;
                                /** @description 文书代字 */
                                word: string;
                            }[];
                            shortName: string;
                            /** @description 机关的编号规则，如 {short}{word}〔{year}〕{seq}号 */
                            template: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/document-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的文书设置（现行版本及修改记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            defaults: {
                                court: string;
                                reviewBody: string;
                            };
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            inheritedFrom: string | null;
                            settings: {
                                /** @description 行政诉讼的管辖法院；空为按所在区划推定的基层人民法院 */
                                court: string;
                                payment: {
                                    /** @description 户名 */
                                    accountName: string;
                                    /** @description 账号 */
                                    accountNumber: string;
                                    /** @description 开户行 */
                                    bank: string;
                                    /** @description 缴款码的缴纳渠道，如 河北省非税收入电子缴款平台或者代理银行 */
                                    codeChannel: string;
                                    /** @description account 缴入指定账户（户名、开户行、账号）| code 凭非税收入缴款码缴纳 */
                                    method: "account" | "code";
                                };
                                /** @description 行政复议机关；空为按所在区划推定的本级人民政府 */
                                reviewBody: string;
                            };
                            /** @description 现行版本；0 为尚未设置 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改文书设置（本机关系统管理员）：罚没款缴纳方式、行政复议机关、管辖法院；须写明理由 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 修改理由 */
                        note: string;
                        settings: {
                            /** @description 行政诉讼的管辖法院；空为按所在区划推定的基层人民法院 */
                            court: string;
                            payment: {
                                /** @description 户名 */
                                accountName: string;
                                /** @description 账号 */
                                accountNumber: string;
                                /** @description 开户行 */
                                bank: string;
                                /** @description 缴款码的缴纳渠道，如 河北省非税收入电子缴款平台或者代理银行 */
                                codeChannel: string;
                                /** @description account 缴入指定账户（户名、开户行、账号）| code 凭非税收入缴款码缴纳 */
                                method: "account" | "code";
                            };
                            /** @description 行政复议机关；空为按所在区划推定的本级人民政府 */
                            reviewBody: string;
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            defaults: {
                                court: string;
                                reviewBody: string;
                            };
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            inheritedFrom: string | null;
                            settings: {
                                /** @description 行政诉讼的管辖法院；空为按所在区划推定的基层人民法院 */
                                court: string;
                                payment: {
                                    /** @description 户名 */
                                    accountName: string;
                                    /** @description 账号 */
                                    accountNumber: string;
                                    /** @description 开户行 */
                                    bank: string;
                                    /** @description 缴款码的缴纳渠道，如 河北省非税收入电子缴款平台或者代理银行 */
                                    codeChannel: string;
                                    /** @description account 缴入指定账户（户名、开户行、账号）| code 凭非税收入缴款码缴纳 */
                                    method: "account" | "code";
                                };
                                /** @description 行政复议机关；空为按所在区划推定的本级人民政府 */
                                reviewBody: string;
                            };
                            /** @description 现行版本；0 为尚未设置 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/draw-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的双随机抽查方案，新的在前 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 承诺哈希（SHA-256） */
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /** @description 冻结的名录库规模 */
                            counts: {
                                inspectors: number;
                                targets: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            field: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            inspectorsPerTarget: number;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @description 等待种子时账本的现状 */
                            ledger: {
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            /** @description YYYY-MM-DD */
                            plannedOn: string;
                            /** @description 公示页面 */
                            publicUrl: string;
                            sample: {
                                /** @description 抽取户数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽查比例（%） */
                                percent: number;
                            };
                            seed: string | null;
                            /** @description 种子：本机关账本达到该条数时的根哈希 */
                            seedTreeSize: number | null;
                            /** @description planned 已制定，committed 已公布承诺（等待种子），drawn 已抽取 */
                            state: "planned" | "committed" | "drawn";
                            targetCategory: string | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                caseState: string | null;
                                code: string;
                                inspectors: {
                                    certificate: string;
                                    name: string;
                                }[];
                                name: string;
                                position: number;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 为随机抽查事项清单中的一项制定抽查方案（比例或户数、期间、计划检查日期、每户人员数） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 执法类别：抽中的执法证须涵盖 */
                        field: string;
                        /** @description 每户抽取的执法检查人员数（至少 2 名） */
                        inspectorsPerTarget: number;
                        /** @description 随机抽查事项清单中的抽查事项编码 */
                        itemCode: string;
                        /** @description YYYY-MM-DD */
                        periodFrom: string;
                        /** @description YYYY-MM-DD */
                        periodTo: string;
                        /** @description YYYY-MM-DD */
                        plannedOn: string;
                        sample: {
                            /** @description 抽取户数 */
                            count: number;
                            /** @enum {string} */
                            kind: "count";
                        } | {
                            /** @enum {string} */
                            kind: "ratio";
                            /** @description 抽查比例（%） */
                            percent: number;
                        };
                        /** @description 只从该类别的检查对象中抽取；null 为全部 */
                        targetCategory: string | null;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 承诺哈希（SHA-256） */
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /** @description 冻结的名录库规模 */
                            counts: {
                                inspectors: number;
                                targets: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            field: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            inspectorsPerTarget: number;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @description 等待种子时账本的现状 */
                            ledger: {
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            /** @description YYYY-MM-DD */
                            plannedOn: string;
                            /** @description 公示页面 */
                            publicUrl: string;
                            sample: {
                                /** @description 抽取户数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽查比例（%） */
                                percent: number;
                            };
                            seed: string | null;
                            /** @description 种子：本机关账本达到该条数时的根哈希 */
                            seedTreeSize: number | null;
                            /** @description planned 已制定，committed 已公布承诺（等待种子），drawn 已抽取 */
                            state: "planned" | "committed" | "drawn";
                            targetCategory: string | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                caseState: string | null;
                                code: string;
                                inspectors: {
                                    certificate: string;
                                    name: string;
                                }[];
                                name: string;
                                position: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/draw-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查方案、承诺、种子、结果及据此启动的检查案件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    planId: string;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 承诺哈希（SHA-256） */
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /** @description 冻结的名录库规模 */
                            counts: {
                                inspectors: number;
                                targets: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            field: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            inspectorsPerTarget: number;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @description 等待种子时账本的现状 */
                            ledger: {
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            /** @description YYYY-MM-DD */
                            plannedOn: string;
                            /** @description 公示页面 */
                            publicUrl: string;
                            sample: {
                                /** @description 抽取户数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽查比例（%） */
                                percent: number;
                            };
                            seed: string | null;
                            /** @description 种子：本机关账本达到该条数时的根哈希 */
                            seedTreeSize: number | null;
                            /** @description planned 已制定，committed 已公布承诺（等待种子），drawn 已抽取 */
                            state: "planned" | "committed" | "drawn";
                            targetCategory: string | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                caseState: string | null;
                                code: string;
                                inspectors: {
                                    certificate: string;
                                    name: string;
                                }[];
                                name: string;
                                position: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/draw-plans/{planId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布承诺：冻结名录库与方案并公布其哈希，种子定为本机关账本将来某一条数时的根哈希 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    planId: string;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 承诺哈希（SHA-256） */
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /** @description 冻结的名录库规模 */
                            counts: {
                                inspectors: number;
                                targets: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            field: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            inspectorsPerTarget: number;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @description 等待种子时账本的现状 */
                            ledger: {
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            /** @description YYYY-MM-DD */
                            plannedOn: string;
                            /** @description 公示页面 */
                            publicUrl: string;
                            sample: {
                                /** @description 抽取户数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽查比例（%） */
                                percent: number;
                            };
                            seed: string | null;
                            /** @description 种子：本机关账本达到该条数时的根哈希 */
                            seedTreeSize: number | null;
                            /** @description planned 已制定，committed 已公布承诺（等待种子），drawn 已抽取 */
                            state: "planned" | "committed" | "drawn";
                            targetCategory: string | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                caseState: string | null;
                                code: string;
                                inspectors: {
                                    certificate: string;
                                    name: string;
                                }[];
                                name: string;
                                position: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/draw-plans/{planId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抽取：种子产生后（账本达到承诺的条数并签署检查点）执行抽取，并为每个抽中对象启动行政检查案件；种子未产生时 409 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    planId: string;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 承诺哈希（SHA-256） */
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /** @description 冻结的名录库规模 */
                            counts: {
                                inspectors: number;
                                targets: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            field: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            inspectorsPerTarget: number;
                            item: {
                                code: string;
                                name: string;
                            };
                            /** @description 等待种子时账本的现状 */
                            ledger: {
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            /** @description YYYY-MM-DD */
                            plannedOn: string;
                            /** @description 公示页面 */
                            publicUrl: string;
                            sample: {
                                /** @description 抽取户数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽查比例（%） */
                                percent: number;
                            };
                            seed: string | null;
                            /** @description 种子：本机关账本达到该条数时的根哈希 */
                            seedTreeSize: number | null;
                            /** @description planned 已制定，committed 已公布承诺（等待种子），drawn 已抽取 */
                            state: "planned" | "committed" | "drawn";
                            targetCategory: string | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                caseState: string | null;
                                code: string;
                                inspectors: {
                                    certificate: string;
                                    name: string;
                                }[];
                                name: string;
                                position: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 反馈给本机关的案卷评查结果：每份案卷的得分、扣分项目和问题描述，机关平均分和等次，整改说明 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            caseFiles: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                number: string;
                                score: {
                                    comment: string;
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    items: {
                                        code: string;
                                        /** @description 问题描述（扣分时必填） */
                                        finding: string;
                                        points: number;
                                    }[];
                                    max: number;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    scoredAt: string;
                                    scoredBy: string;
                                    total: number;
                                };
                            }[];
                            justice: string;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string;
                            reply: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                text: string;
                            } | null;
                            result: {
                                /** @description 优秀 / 良好 / 合格 / 不合格 */
                                grade: "excellent" | "good" | "pass" | "fail";
                                gradeName: string;
                                mean: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            roundId: string;
                            standard: {
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            title: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-results/{roundId}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 对评查结果作出整改说明（机关负责人；可修改，以最后一次为准） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 整改说明或对评查结果的意见 */
                        reply: string;
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
                            caseFiles: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                number: string;
                                score: {
                                    comment: string;
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    items: {
                                        code: string;
                                        /** @description 问题描述（扣分时必填） */
                                        finding: string;
                                        points: number;
                                    }[];
                                    max: number;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    scoredAt: string;
                                    scoredBy: string;
                                    total: number;
                                };
                            }[];
                            justice: string;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string;
                            reply: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                text: string;
                            } | null;
                            result: {
                                /** @description 优秀 / 良好 / 合格 / 不合格 */
                                grade: "excellent" | "good" | "pass" | "fail";
                                gradeName: string;
                                mean: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            roundId: string;
                            standard: {
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            title: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 司法局的案卷评查活动，新的在前 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            agencies: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            scored: number;
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 制定案卷评查活动：评查期间（已结束）、被评查的辖区执法机关、每个机关抽取的份数或比例 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 被评查的执法机关 */
                        agencyIds: string[];
                        /** @description YYYY-MM-DD */
                        periodFrom: string;
                        /** @description YYYY-MM-DD */
                        periodTo: string;
                        sample: {
                            /** @description 每个机关抽取案卷数 */
                            count: number;
                            /** @enum {string} */
                            kind: "count";
                        } | {
                            /** @enum {string} */
                            kind: "ratio";
                            /** @description 抽取比例（%），向上取整 */
                            percent: number;
                        };
                        /** @description 评查名称 */
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
                        "application/json": {
                            agencies: {
                                caseFiles: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    number: string;
                                    position: number;
                                    score: {
                                        comment: string;
                                        /** @description 优秀 / 良好 / 合格 / 不合格 */
                                        grade: "excellent" | "good" | "pass" | "fail";
                                        gradeName: string;
                                        items: {
                                            code: string;
                                            /** @description 问题描述（扣分时必填） */
                                            finding: string;
                                            points: number;
                                        }[];
                                        max: number;
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 时间（UTC）
                                         */
                                        scoredAt: string;
                                        scoredBy: string;
                                        total: number;
                                    } | null;
                                }[];
                                creditCode: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description 评查期间归档的案卷数（承诺后） */
                                populationSize: number | null;
                                reply: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    by: string;
                                    text: string;
                                } | null;
                                result: {
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    mean: number;
                                } | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            ledger: {
                                agency: string;
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string | null;
                            sample: {
                                /** @description 每个机关抽取案卷数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽取比例（%），向上取整 */
                                percent: number;
                            };
                            scored: number;
                            seed: string | null;
                            seedTreeSize: number | null;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评查活动：承诺、种子、各机关抽中的案卷及评分、结果与整改说明 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    roundId: string;
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
                            agencies: {
                                caseFiles: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    number: string;
                                    position: number;
                                    score: {
                                        comment: string;
                                        /** @description 优秀 / 良好 / 合格 / 不合格 */
                                        grade: "excellent" | "good" | "pass" | "fail";
                                        gradeName: string;
                                        items: {
                                            code: string;
                                            /** @description 问题描述（扣分时必填） */
                                            finding: string;
                                            points: number;
                                        }[];
                                        max: number;
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 时间（UTC）
                                         */
                                        scoredAt: string;
                                        scoredBy: string;
                                        total: number;
                                    } | null;
                                }[];
                                creditCode: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description 评查期间归档的案卷数（承诺后） */
                                populationSize: number | null;
                                reply: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    by: string;
                                    text: string;
                                } | null;
                                result: {
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    mean: number;
                                } | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            ledger: {
                                agency: string;
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string | null;
                            sample: {
                                /** @description 每个机关抽取案卷数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽取比例（%），向上取整 */
                                percent: number;
                            };
                            scored: number;
                            seed: string | null;
                            seedTreeSize: number | null;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-rounds/{roundId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布承诺：冻结各机关期间归档案卷的名单并公布其哈希，种子定为账本将来某一条数时的根哈希 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    roundId: string;
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
                            agencies: {
                                caseFiles: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    number: string;
                                    position: number;
                                    score: {
                                        comment: string;
                                        /** @description 优秀 / 良好 / 合格 / 不合格 */
                                        grade: "excellent" | "good" | "pass" | "fail";
                                        gradeName: string;
                                        items: {
                                            code: string;
                                            /** @description 问题描述（扣分时必填） */
                                            finding: string;
                                            points: number;
                                        }[];
                                        max: number;
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 时间（UTC）
                                         */
                                        scoredAt: string;
                                        scoredBy: string;
                                        total: number;
                                    } | null;
                                }[];
                                creditCode: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description 评查期间归档的案卷数（承诺后） */
                                populationSize: number | null;
                                reply: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    by: string;
                                    text: string;
                                } | null;
                                result: {
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    mean: number;
                                } | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            ledger: {
                                agency: string;
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string | null;
                            sample: {
                                /** @description 每个机关抽取案卷数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽取比例（%），向上取整 */
                                percent: number;
                            };
                            scored: number;
                            seed: string | null;
                            seedTreeSize: number | null;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-rounds/{roundId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抽取：种子产生后按公开算法抽取各机关的案卷；种子未产生时 409 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    roundId: string;
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
                            agencies: {
                                caseFiles: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    number: string;
                                    position: number;
                                    score: {
                                        comment: string;
                                        /** @description 优秀 / 良好 / 合格 / 不合格 */
                                        grade: "excellent" | "good" | "pass" | "fail";
                                        gradeName: string;
                                        items: {
                                            code: string;
                                            /** @description 问题描述（扣分时必填） */
                                            finding: string;
                                            points: number;
                                        }[];
                                        max: number;
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 时间（UTC）
                                         */
                                        scoredAt: string;
                                        scoredBy: string;
                                        total: number;
                                    } | null;
                                }[];
                                creditCode: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description 评查期间归档的案卷数（承诺后） */
                                populationSize: number | null;
                                reply: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    by: string;
                                    text: string;
                                } | null;
                                result: {
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    mean: number;
                                } | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            ledger: {
                                agency: string;
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string | null;
                            sample: {
                                /** @description 每个机关抽取案卷数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽取比例（%），向上取整 */
                                percent: number;
                            };
                            scored: number;
                            seed: string | null;
                            seedTreeSize: number | null;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-rounds/{roundId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反馈结果：全部案卷评分后，将得分和问题反馈给各被评查机关；此后评分不能修改 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    roundId: string;
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
                            agencies: {
                                caseFiles: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    number: string;
                                    position: number;
                                    score: {
                                        comment: string;
                                        /** @description 优秀 / 良好 / 合格 / 不合格 */
                                        grade: "excellent" | "good" | "pass" | "fail";
                                        gradeName: string;
                                        items: {
                                            code: string;
                                            /** @description 问题描述（扣分时必填） */
                                            finding: string;
                                            points: number;
                                        }[];
                                        max: number;
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 时间（UTC）
                                         */
                                        scoredAt: string;
                                        scoredBy: string;
                                        total: number;
                                    } | null;
                                }[];
                                creditCode: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description 评查期间归档的案卷数（承诺后） */
                                populationSize: number | null;
                                reply: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    by: string;
                                    text: string;
                                } | null;
                                result: {
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    mean: number;
                                } | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            ledger: {
                                agency: string;
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string | null;
                            sample: {
                                /** @description 每个机关抽取案卷数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽取比例（%），向上取整 */
                                percent: number;
                            };
                            scored: number;
                            seed: string | null;
                            seedTreeSize: number | null;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-rounds/{roundId}/scores/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 逐项评分：每个评查项目的得分及问题描述（扣分须写明）；评分前须已调阅该案卷（说明事由）；反馈前可修改 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    caseId: string;
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 总体评价 */
                        comment: string;
                        items: {
                            code: string;
                            /** @description 问题描述（扣分时必填） */
                            finding: string;
                            points: number;
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
                            agencies: {
                                caseFiles: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    number: string;
                                    position: number;
                                    score: {
                                        comment: string;
                                        /** @description 优秀 / 良好 / 合格 / 不合格 */
                                        grade: "excellent" | "good" | "pass" | "fail";
                                        gradeName: string;
                                        items: {
                                            code: string;
                                            /** @description 问题描述（扣分时必填） */
                                            finding: string;
                                            points: number;
                                        }[];
                                        max: number;
                                        /**
                                         * Format: date-time
                                         * @description ISO 8601 时间（UTC）
                                         */
                                        scoredAt: string;
                                        scoredBy: string;
                                        total: number;
                                    } | null;
                                }[];
                                creditCode: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                                /** @description 评查期间归档的案卷数（承诺后） */
                                populationSize: number | null;
                                reply: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    by: string;
                                    text: string;
                                } | null;
                                result: {
                                    /** @description 优秀 / 良好 / 合格 / 不合格 */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    gradeName: string;
                                    mean: number;
                                } | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            commitmentHash: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            ledger: {
                                agency: string;
                                checkpointSize: number | null;
                                size: number;
                            } | null;
                            /** @description YYYY-MM-DD */
                            periodFrom: string;
                            /** @description YYYY-MM-DD */
                            periodTo: string;
                            publicUrl: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            returnedAt: string | null;
                            sample: {
                                /** @description 每个机关抽取案卷数 */
                                count: number;
                                /** @enum {string} */
                                kind: "count";
                            } | {
                                /** @enum {string} */
                                kind: "ratio";
                                /** @description 抽取比例（%），向上取整 */
                                percent: number;
                            };
                            scored: number;
                            seed: string | null;
                            seedTreeSize: number | null;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                                maxTotal: number;
                                version: number;
                            };
                            /** @description planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈 */
                            state: "planned" | "committed" | "drawn" | "returned";
                            stateName: string;
                            title: string;
                            toScore: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/evaluation-standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 司法局现行的案卷评查标准（评查项目、分值、评分细则、等次分数线） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            at: string | null;
                            by: string | null;
                            groups: {
                                [key: string]: string;
                            };
                            maxTotal: number;
                            note: string;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                            };
                            /** @description 版本号；0 为系统默认标准 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 保存案卷评查标准的新版本（已开展的评查仍按其创建时的版本）；有错则不保存，返回 422 及字段路径 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 本次修订说明 */
                        note: string;
                        standard: {
                            grades: {
                                /** @description 优秀分数线 */
                                excellent: number;
                                /** @description 良好分数线 */
                                good: number;
                                /** @description 合格分数线 */
                                pass: number;
                            };
                            items: {
                                code: string;
                                /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                /** @description 评分细则 */
                                guidance: string;
                                name: string;
                                /** @description 分值 */
                                points: number;
                                /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                veto?: boolean;
                            }[];
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            at: string | null;
                            by: string | null;
                            groups: {
                                [key: string]: string;
                            };
                            maxTotal: number;
                            note: string;
                            standard: {
                                grades: {
                                    /** @description 优秀分数线 */
                                    excellent: number;
                                    /** @description 良好分数线 */
                                    good: number;
                                    /** @description 合格分数线 */
                                    pass: number;
                                };
                                items: {
                                    code: string;
                                    /** @description completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书 */
                                    group: "completeness" | "timeliness" | "legal-basis" | "discretion" | "documents";
                                    /** @description 评分细则 */
                                    guidance: string;
                                    name: string;
                                    /** @description 分值 */
                                    points: number;
                                    /** @description 否决项：该项得 0 分的案卷评为不合格 */
                                    veto?: boolean;
                                }[];
                            };
                            /** @description 版本号；0 为系统默认标准 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即签发检查点并请求司法局副署 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /** @description 签名的检查点（C2SP 签名说明格式） */
                            note: string;
                            /** @description true 为本次新签发；false 为账本未增长，沿用上一检查点 */
                            signed: boolean;
                            /** @description 检查点的记录条数 */
                            size: number;
                            witnesses: {
                                /** @description 见证方的应答内容 */
                                message: string;
                                /** @description 见证方的应答状态（200 为已副署） */
                                status: number;
                                /** @description 见证方名称 */
                                witness: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事前公开清单（现行版本与历史）：matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    list: "matters" | "inspections" | "guides" | "remedies";
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 本版公布时间 */
                            at: string | (never | null);
                            /** @description 引起更新的变化的生效日期 */
                            changedOn: string | (never | null);
                            /** @description 应更新的期限（变化生效后 20 个工作日） */
                            dueOn: string | (never | null);
                            /** @description 本机关（或所继承机关）的各版本，新的在前 */
                            history: {
                                /** @description 新增的行（主键） */
                                added: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 公布人 */
                                by: string;
                                /** @description 修改的行（主键） */
                                changed: string[];
                                /** @description YYYY-MM-DD */
                                changedOn: string | null;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                late: boolean;
                                note: string;
                                /** @description 删除的行（主键） */
                                removed: string[];
                                version: number;
                            }[];
                            /** @description 本版晚于期限公布 */
                            late: boolean;
                            /** @description matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道 */
                            list: "matters" | "inspections" | "guides" | "remedies";
                            /** @description 清单名称 */
                            name: string;
                            /** @description 本版更新说明 */
                            note: string;
                            /** @description 所显示版本的制定机关（派出机构没有自己的版本时为上级机关）；尚无任何版本为 null */
                            ownerId: string | (never | null);
                            /** @description 清单各行，键为列代码 */
                            rows: {
                                [key: string]: string;
                            }[];
                            /** @description 所显示的版本；尚无版本为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 公布新版本（整表替换；逐行校验，有错则全部不保存，返回 422 及行号、列名） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    list: "matters" | "inspections" | "guides" | "remedies";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 引起更新的法律、机构或人员变化的生效日期（用于 20 个工作日内更新的考核） */
                        changedOn?: string;
                        note: string;
                        rows: unknown[];
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
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 本版公布时间 */
                            at: string | (never | null);
                            /** @description 引起更新的变化的生效日期 */
                            changedOn: string | (never | null);
                            /** @description 应更新的期限（变化生效后 20 个工作日） */
                            dueOn: string | (never | null);
                            /** @description 本机关（或所继承机关）的各版本，新的在前 */
                            history: {
                                /** @description 新增的行（主键） */
                                added: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 公布人 */
                                by: string;
                                /** @description 修改的行（主键） */
                                changed: string[];
                                /** @description YYYY-MM-DD */
                                changedOn: string | null;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                late: boolean;
                                note: string;
                                /** @description 删除的行（主键） */
                                removed: string[];
                                version: number;
                            }[];
                            /** @description 本版晚于期限公布 */
                            late: boolean;
                            /** @description matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道 */
                            list: "matters" | "inspections" | "guides" | "remedies";
                            /** @description 清单名称 */
                            name: string;
                            /** @description 本版更新说明 */
                            note: string;
                            /** @description 所显示版本的制定机关（派出机构没有自己的版本时为上级机关）；尚无任何版本为 null */
                            ownerId: string | (never | null);
                            /** @description 清单各行，键为列代码 */
                            rows: {
                                [key: string]: string;
                            }[];
                            /** @description 所显示的版本；尚无版本为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/lists/{list}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记一项待反映的变化（法律修订、机构或人员调整）：应于 20 个工作日内更新清单 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    list: "matters" | "inspections" | "guides" | "remedies";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changedOn: string;
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
                        "application/json": {
                            /** @description YYYY-MM-DD */
                            changedOn: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道 */
                            list: "matters" | "inspections" | "guides" | "remedies";
                            /** @description 变化的内容 */
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/lists/{list}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从电子表格（.xlsx，第一行为表头）导入并公布新版本；?note=说明&changedOn=日期 */
        post: {
            parameters: {
                query: {
                    changedOn?: string;
                    note: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    list: "matters" | "inspections" | "guides" | "remedies";
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /** @description 本版公布时间 */
                            at: string | (never | null);
                            /** @description 引起更新的变化的生效日期 */
                            changedOn: string | (never | null);
                            /** @description 应更新的期限（变化生效后 20 个工作日） */
                            dueOn: string | (never | null);
                            /** @description 本机关（或所继承机关）的各版本，新的在前 */
                            history: {
                                /** @description 新增的行（主键） */
                                added: string[];
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 公布人 */
                                by: string;
                                /** @description 修改的行（主键） */
                                changed: string[];
                                /** @description YYYY-MM-DD */
                                changedOn: string | null;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                late: boolean;
                                note: string;
                                /** @description 删除的行（主键） */
                                removed: string[];
                                version: number;
                            }[];
                            /** @description 本版晚于期限公布 */
                            late: boolean;
                            /** @description matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道 */
                            list: "matters" | "inspections" | "guides" | "remedies";
                            /** @description 清单名称 */
                            name: string;
                            /** @description 本版更新说明 */
                            note: string;
                            /** @description 所显示版本的制定机关（派出机构没有自己的版本时为上级机关）；尚无任何版本为 null */
                            ownerId: string | (never | null);
                            /** @description 清单各行，键为列代码 */
                            rows: {
                                [key: string]: string;
                            }[];
                            /** @description 所显示的版本；尚无版本为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/publication-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的公示方式 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            autoPublish: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 公示方式：自动公示（无需公示管理员逐条审核）或人工审核 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        autoPublish: boolean;
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
                            autoPublish: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/recording-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 音像记录事项清单（哪些环节须音像记录、哪些须全程音像记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            defaultLevel: "none" | "record" | "full-process";
                            level: "none" | "record" | "full-process";
                            procedure: string;
                            procedureName: string;
                            step: string;
                            stepName: string;
                            what: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改音像记录事项清单（全程音像记录事项不能降低） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            level: "none" | "record" | "full-process";
                            procedure: string;
                            step: string;
                            what: string;
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
                            defaultLevel: "none" | "record" | "full-process";
                            level: "none" | "record" | "full-process";
                            procedure: string;
                            procedureName: string;
                            step: string;
                            stepName: string;
                            what: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/review-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重大执法决定法制审核目录清单（现行版本及历史） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            catalog: {
                                rules: {
                                    /** @description 依据 */
                                    basis: string;
                                    /** @description 情节复杂或者重大违法行为：须经负责人集体讨论决定（行政处罚法第五十七条第二款） */
                                    collective?: boolean;
                                    /** @description 规则的条件 */
                                    condition: ({
                                        /** @description 执法程序代码 */
                                        procedures: string[];
                                        /** @enum {string} */
                                        type: "procedure";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        kinds: ("行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决")[];
                                        /** @enum {string} */
                                        type: "kind";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @description caseAmount 涉案金额，fine 罚款金额，confiscation 没收违法所得金额 */
                                        facet: "caseAmount" | "fine" | "confiscation";
                                        /** @description 标准（元）；对自然人另有标准时为对单位的标准 */
                                        org: number;
                                        /** @description 对自然人的标准（元） */
                                        person?: number;
                                        /** @enum {string} */
                                        type: "amountAtLeast";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                        /** @enum {string} */
                                        type: "sanction";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @enum {string} */
                                        type: "hearingHeld";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @description publicInterest 涉及重大公共利益，socialImpact 可能造成重大社会影响或引发社会风险，complex 案件情况疑难复杂、涉及多个法律关系，foreign 涉外或者涉港澳台 */
                                        flag: "publicInterest" | "socialImpact" | "complex" | "foreign";
                                        /** @enum {string} */
                                        type: "flag";
                                    } & {
                                        [key: string]: unknown;
                                    });
                                    id: string;
                                    name: string;
                                }[];
                                settings: {
                                    /** @description 退回达到此轮次后须集体讨论 */
                                    maxRounds: number;
                                    /** @description 允许集体讨论不采纳法制审核意见、按拟作出的决定作出的地方性法规或规章条款；未设置时依行政处罚法第五十八条，审核未通过的不得作出决定 */
                                    overrideBasis?: string | null;
                                    /** @description 到期前几个工作日提醒 */
                                    remindDays: number;
                                    /** @description 审核期限（工作日） */
                                    reviewDays: number;
                                };
                            };
                            /** @description 本机关自己的各版本，新的在前 */
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            /** @description 沿用上级机关的目录清单时，为该机关 */
                            inheritedFrom: string | (never | null);
                            /** @description 现行版本；尚未制定（使用内置目录清单）为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 发布新版法制审核目录清单 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 法制审核目录清单：规则与审核期限、提醒、退回轮次上限 */
                        catalog: {
                            rules: {
                                basis: string;
                                collective?: boolean;
                                condition: {
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                id: string;
                                name: string;
                            }[];
                            settings: {
                                maxRounds: number;
                                overrideBasis?: string | null;
                                remindDays: number;
                                reviewDays: number;
                            };
                        };
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            catalog: {
                                rules: {
                                    /** @description 依据 */
                                    basis: string;
                                    /** @description 情节复杂或者重大违法行为：须经负责人集体讨论决定（行政处罚法第五十七条第二款） */
                                    collective?: boolean;
                                    /** @description 规则的条件 */
                                    condition: ({
                                        /** @description 执法程序代码 */
                                        procedures: string[];
                                        /** @enum {string} */
                                        type: "procedure";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        kinds: ("行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决")[];
                                        /** @enum {string} */
                                        type: "kind";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @description caseAmount 涉案金额，fine 罚款金额，confiscation 没收违法所得金额 */
                                        facet: "caseAmount" | "fine" | "confiscation";
                                        /** @description 标准（元）；对自然人另有标准时为对单位的标准 */
                                        org: number;
                                        /** @description 对自然人的标准（元） */
                                        person?: number;
                                        /** @enum {string} */
                                        type: "amountAtLeast";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                        /** @enum {string} */
                                        type: "sanction";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @enum {string} */
                                        type: "hearingHeld";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @description publicInterest 涉及重大公共利益，socialImpact 可能造成重大社会影响或引发社会风险，complex 案件情况疑难复杂、涉及多个法律关系，foreign 涉外或者涉港澳台 */
                                        flag: "publicInterest" | "socialImpact" | "complex" | "foreign";
                                        /** @enum {string} */
                                        type: "flag";
                                    } & {
                                        [key: string]: unknown;
                                    });
                                    id: string;
                                    name: string;
                                }[];
                                settings: {
                                    /** @description 退回达到此轮次后须集体讨论 */
                                    maxRounds: number;
                                    /** @description 允许集体讨论不采纳法制审核意见、按拟作出的决定作出的地方性法规或规章条款；未设置时依行政处罚法第五十八条，审核未通过的不得作出决定 */
                                    overrideBasis?: string | null;
                                    /** @description 到期前几个工作日提醒 */
                                    remindDays: number;
                                    /** @description 审核期限（工作日） */
                                    reviewDays: number;
                                };
                            };
                            /** @description 本机关自己的各版本，新的在前 */
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            /** @description 沿用上级机关的目录清单时，为该机关 */
                            inheritedFrom: string | (never | null);
                            /** @description 现行版本；尚未制定（使用内置目录清单）为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/review-catalog/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某一版法制审核目录清单 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    version: number;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            at: string;
                            catalog: {
                                rules: {
                                    /** @description 依据 */
                                    basis: string;
                                    /** @description 情节复杂或者重大违法行为：须经负责人集体讨论决定（行政处罚法第五十七条第二款） */
                                    collective?: boolean;
                                    /** @description 规则的条件 */
                                    condition: ({
                                        /** @description 执法程序代码 */
                                        procedures: string[];
                                        /** @enum {string} */
                                        type: "procedure";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        kinds: ("行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决")[];
                                        /** @enum {string} */
                                        type: "kind";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @description caseAmount 涉案金额，fine 罚款金额，confiscation 没收违法所得金额 */
                                        facet: "caseAmount" | "fine" | "confiscation";
                                        /** @description 标准（元）；对自然人另有标准时为对单位的标准 */
                                        org: number;
                                        /** @description 对自然人的标准（元） */
                                        person?: number;
                                        /** @enum {string} */
                                        type: "amountAtLeast";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                        /** @enum {string} */
                                        type: "sanction";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @enum {string} */
                                        type: "hearingHeld";
                                    } & {
                                        [key: string]: unknown;
                                    }) | ({
                                        /** @description publicInterest 涉及重大公共利益，socialImpact 可能造成重大社会影响或引发社会风险，complex 案件情况疑难复杂、涉及多个法律关系，foreign 涉外或者涉港澳台 */
                                        flag: "publicInterest" | "socialImpact" | "complex" | "foreign";
                                        /** @enum {string} */
                                        type: "flag";
                                    } & {
                                        [key: string]: unknown;
                                    });
                                    id: string;
                                    name: string;
                                }[];
                                settings: {
                                    /** @description 退回达到此轮次后须集体讨论 */
                                    maxRounds: number;
                                    /** @description 允许集体讨论不采纳法制审核意见、按拟作出的决定作出的地方性法规或规章条款；未设置时依行政处罚法第五十八条，审核未通过的不得作出决定 */
                                    overrideBasis?: string | null;
                                    /** @description 到期前几个工作日提醒 */
                                    remindDays: number;
                                    /** @description 审核期限（工作日） */
                                    reviewDays: number;
                                };
                            };
                            note: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/review-staffing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法制审核人员配备（不少于执法人员的 5%） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            agencyId: string;
                            agencyName: string;
                            covers: string[];
                            flagged: boolean;
                            officers: number;
                            ratio: number | null;
                            required: number;
                            reviewers: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/rosters/{roster}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双随机名录库（现行版本）：targets 检查对象，inspectors 执法检查人员，conflicts 回避关系 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                    roster: "targets" | "inspectors" | "conflicts";
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            at: string | null;
                            by: string | null;
                            name: string;
                            note: string;
                            /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                            roster: "targets" | "inspectors" | "conflicts";
                            rows: {
                                [key: string]: string;
                            }[];
                            /** @description 现行版本；尚无为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 保存名录库新版本（整表替换；逐行校验，有错则全部不保存，返回 422 及行号、列名、原因） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                    roster: "targets" | "inspectors" | "conflicts";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 本次更新说明 */
                        note: string;
                        /** @description 各行，键为列代码 */
                        rows: {
                            [key: string]: unknown;
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
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            at: string | null;
                            by: string | null;
                            name: string;
                            note: string;
                            /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                            roster: "targets" | "inspectors" | "conflicts";
                            rows: {
                                [key: string]: string;
                            }[];
                            /** @description 现行版本；尚无为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/rosters/{roster}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出名录库为电子表格（.xlsx），可修改后再导入 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                    roster: "targets" | "inspectors" | "conflicts";
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
                    content?: never;
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
    "/api/v1/agencies/{id}/rosters/{roster}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从电子表格（.xlsx，第一行为表头）导入名录库；有错误行则全部不导入，错误按表格行号报告；?note=说明 */
        post: {
            parameters: {
                query: {
                    /** @description 本次更新说明 */
                    note: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                    roster: "targets" | "inspectors" | "conflicts";
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            at: string | null;
                            by: string | null;
                            name: string;
                            note: string;
                            /** @description targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系 */
                            roster: "targets" | "inspectors" | "conflicts";
                            rows: {
                                [key: string]: string;
                            }[];
                            /** @description 现行版本；尚无为 0 */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看机关的印章图片设置及其变更记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            bytes: number | null;
                            /** @description 是否已配置印章图片 */
                            configured: boolean;
                            height: number | null;
                            history: {
                                action: "set" | "removed";
                                at: string;
                                by: string;
                                height: number | null;
                                note: string;
                                sha256: string | null;
                                version: number;
                                width: number | null;
                            }[];
                            sha256: string | null;
                            version: number | null;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 上传或更换机关的印章图片（系统管理员；政务电子印章系统导出的透明 PNG，不超过 1 MB） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 说明，如印章编号、启用日期 */
                        note?: string;
                        /** @description PNG 文件内容（Base64），不超过 1 MB */
                        png: string;
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
                            bytes: number | null;
                            /** @description 是否已配置印章图片 */
                            configured: boolean;
                            height: number | null;
                            history: {
                                action: "set" | "removed";
                                at: string;
                                by: string;
                                height: number | null;
                                note: string;
                                sha256: string | null;
                                version: number;
                                width: number | null;
                            }[];
                            sha256: string | null;
                            version: number | null;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        /** 撤下机关的印章图片（系统管理员） */
        delete: {
            parameters: {
                query?: {
                    /** @description 说明，如撤下的原因 */
                    note?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            bytes: number | null;
                            /** @description 是否已配置印章图片 */
                            configured: boolean;
                            height: number | null;
                            history: {
                                action: "set" | "removed";
                                at: string;
                                by: string;
                                height: number | null;
                                note: string;
                                sha256: string | null;
                                version: number;
                                width: number | null;
                            }[];
                            sha256: string | null;
                            version: number | null;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/seal/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载机关当前的印章图片（PNG） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/statistics/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度执法统计（按类别和结果、罚没款、听证、法制审核、公示），及报送与公开情况 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description 年份 */
                    year: number;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            analysis: {
                                byAgency: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byField: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byKind: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byRegion: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byUnit: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                /** @description 案由（按立案件数，前 30 项；其余合为“其他”） */
                                byViolation: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                /** @description 与上一同长期间相比的增减（%，一位小数）；上期为 0 时为 null */
                                change: {
                                    decided: number | null;
                                    fines: number | null;
                                    opened: number | null;
                                    returns: number | null;
                                    reviews: number | null;
                                };
                                filter: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    agencyId: string | null;
                                    kind: string | null;
                                };
                                /** @description 期间内每月（无数据的月份为 0） */
                                months: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                period: {
                                    /** @description YYYY-MM */
                                    from: string;
                                    /** @description YYYY-MM */
                                    to: string;
                                };
                                previous: {
                                    /** @description YYYY-MM */
                                    from: string;
                                    /** @description YYYY-MM */
                                    to: string;
                                };
                                previousTotals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                };
                                /** @description 审核退回率（%） */
                                returnRate: number | null;
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                };
                                /** @description 办理环节按星期和时段（北京时间）的件数 */
                                weekdayHours: {
                                    hour: number;
                                    steps: number;
                                    /** @description 1 = 星期一 */
                                    weekday: number;
                                }[];
                            };
                            deadlines: {
                                /** @description 次年的节假日安排已导入（否则为未顺延的日期） */
                                calendarKnown: boolean;
                                /** @description YYYY-MM-DD */
                                publishBy: string;
                                /** @description YYYY-MM-DD */
                                reportBy: string;
                            };
                            figures: {
                                hearings: {
                                    held: number;
                                    requested: number;
                                };
                                /** @description 各执法行为类别的立案、决定件数（只列有数的类别） */
                                kinds: {
                                    decided: number;
                                    /** @description 执法行为类别 */
                                    kind: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                                    opened: number;
                                    /** @description 按决定结果（如 给予行政处罚、不予行政处罚、准予许可）的件数 */
                                    results: {
                                        [key: string]: number;
                                    };
                                }[];
                                period: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    /** @description 季度；年度统计为 null */
                                    quarter: number | null;
                                    /** @description YYYY-MM-DD */
                                    to: string;
                                    year: number;
                                };
                                publications: {
                                    corrected: number;
                                    /** @description 应公示的执法决定 */
                                    due: number;
                                    late: number;
                                    onTime: number;
                                    /** @description 逾期尚未公示 */
                                    overdue: number;
                                    /** @description 没有应公示的决定时为 null */
                                    rate: number | (never | null);
                                    withdrawn: number;
                                };
                                /** @description 年度统计的各季度；季度统计为空 */
                                quarters: {
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                    quarter: number;
                                }[];
                                reviews: {
                                    /** @description 集体讨论次数 */
                                    collective: number;
                                    /** @description 集体讨论未采纳审核意见的次数 */
                                    overrides: number;
                                    passed: number;
                                    /** @description 第一轮即通过 */
                                    passedFirstTime: number;
                                    returned: number;
                                    /** @description 提交法制审核的轮次 */
                                    submitted: number;
                                };
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                };
                            };
                            /** @description 最近一次；尚未办理为 null */
                            published: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人 */
                                by: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                late: boolean;
                                /** @description 所固定统计数据的 SHA-256 */
                                sha256: string;
                            } | null;
                            /** @description 最近一次；尚未办理为 null */
                            reported: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人 */
                                by: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                late: boolean;
                                /** @description 所固定统计数据的 SHA-256 */
                                sha256: string;
                            } | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/statistics/{year}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度执法统计（年报）导出为 .xlsx：总表、按类别和结果，及与统计分析相同的各项分组 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description 年份 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/statistics/{year}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 向社会公开（次年 1 月 31 日前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description 年份 */
                    year: number;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            analysis: {
                                byAgency: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byField: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byKind: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byRegion: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byUnit: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                /** @description 案由（按立案件数，前 30 项；其余合为“其他”） */
                                byViolation: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                /** @description 与上一同长期间相比的增减（%，一位小数）；上期为 0 时为 null */
                                change: {
                                    decided: number | null;
                                    fines: number | null;
                                    opened: number | null;
                                    returns: number | null;
                                    reviews: number | null;
                                };
                                filter: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    agencyId: string | null;
                                    kind: string | null;
                                };
                                /** @description 期间内每月（无数据的月份为 0） */
                                months: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                period: {
                                    /** @description YYYY-MM */
                                    from: string;
                                    /** @description YYYY-MM */
                                    to: string;
                                };
                                previous: {
                                    /** @description YYYY-MM */
                                    from: string;
                                    /** @description YYYY-MM */
                                    to: string;
                                };
                                previousTotals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                };
                                /** @description 审核退回率（%） */
                                returnRate: number | null;
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                };
                                /** @description 办理环节按星期和时段（北京时间）的件数 */
                                weekdayHours: {
                                    hour: number;
                                    steps: number;
                                    /** @description 1 = 星期一 */
                                    weekday: number;
                                }[];
                            };
                            deadlines: {
                                /** @description 次年的节假日安排已导入（否则为未顺延的日期） */
                                calendarKnown: boolean;
                                /** @description YYYY-MM-DD */
                                publishBy: string;
                                /** @description YYYY-MM-DD */
                                reportBy: string;
                            };
                            figures: {
                                hearings: {
                                    held: number;
                                    requested: number;
                                };
                                /** @description 各执法行为类别的立案、决定件数（只列有数的类别） */
                                kinds: {
                                    decided: number;
                                    /** @description 执法行为类别 */
                                    kind: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                                    opened: number;
                                    /** @description 按决定结果（如 给予行政处罚、不予行政处罚、准予许可）的件数 */
                                    results: {
                                        [key: string]: number;
                                    };
                                }[];
                                period: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    /** @description 季度；年度统计为 null */
                                    quarter: number | null;
                                    /** @description YYYY-MM-DD */
                                    to: string;
                                    year: number;
                                };
                                publications: {
                                    corrected: number;
                                    /** @description 应公示的执法决定 */
                                    due: number;
                                    late: number;
                                    onTime: number;
                                    /** @description 逾期尚未公示 */
                                    overdue: number;
                                    /** @description 没有应公示的决定时为 null */
                                    rate: number | (never | null);
                                    withdrawn: number;
                                };
                                /** @description 年度统计的各季度；季度统计为空 */
                                quarters: {
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                    quarter: number;
                                }[];
                                reviews: {
                                    /** @description 集体讨论次数 */
                                    collective: number;
                                    /** @description 集体讨论未采纳审核意见的次数 */
                                    overrides: number;
                                    passed: number;
                                    /** @description 第一轮即通过 */
                                    passedFirstTime: number;
                                    returned: number;
                                    /** @description 提交法制审核的轮次 */
                                    submitted: number;
                                };
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                };
                            };
                            /** @description 最近一次；尚未办理为 null */
                            published: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人 */
                                by: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                late: boolean;
                                /** @description 所固定统计数据的 SHA-256 */
                                sha256: string;
                            } | null;
                            /** @description 最近一次；尚未办理为 null */
                            reported: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人 */
                                by: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                late: boolean;
                                /** @description 所固定统计数据的 SHA-256 */
                                sha256: string;
                            } | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/statistics/{year}/quarters/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 季度执法统计 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    quarter: number;
                    /** @description 年份 */
                    year: number;
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
                            hearings: {
                                held: number;
                                requested: number;
                            };
                            /** @description 各执法行为类别的立案、决定件数（只列有数的类别） */
                            kinds: {
                                decided: number;
                                /** @description 执法行为类别 */
                                kind: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                                opened: number;
                                /** @description 按决定结果（如 给予行政处罚、不予行政处罚、准予许可）的件数 */
                                results: {
                                    [key: string]: number;
                                };
                            }[];
                            period: {
                                /** @description YYYY-MM-DD */
                                from: string;
                                /** @description 季度；年度统计为 null */
                                quarter: number | null;
                                /** @description YYYY-MM-DD */
                                to: string;
                                year: number;
                            };
                            publications: {
                                corrected: number;
                                /** @description 应公示的执法决定 */
                                due: number;
                                late: number;
                                onTime: number;
                                /** @description 逾期尚未公示 */
                                overdue: number;
                                /** @description 没有应公示的决定时为 null */
                                rate: number | (never | null);
                                withdrawn: number;
                            };
                            /** @description 年度统计的各季度；季度统计为空 */
                            quarters: {
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                opened: number;
                                quarter: number;
                            }[];
                            reviews: {
                                /** @description 集体讨论次数 */
                                collective: number;
                                /** @description 集体讨论未采纳审核意见的次数 */
                                overrides: number;
                                passed: number;
                                /** @description 第一轮即通过 */
                                passedFirstTime: number;
                                returned: number;
                                /** @description 提交法制审核的轮次 */
                                submitted: number;
                            };
                            totals: {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                opened: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/statistics/{year}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送司法局（次年 1 月 10 日前）：固定当时的统计数据并计算摘要值 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description 年份 */
                    year: number;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            analysis: {
                                byAgency: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byField: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byKind: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byRegion: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                byUnit: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                /** @description 案由（按立案件数，前 30 项；其余合为“其他”） */
                                byViolation: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                /** @description 与上一同长期间相比的增减（%，一位小数）；上期为 0 时为 null */
                                change: {
                                    decided: number | null;
                                    fines: number | null;
                                    opened: number | null;
                                    returns: number | null;
                                    reviews: number | null;
                                };
                                filter: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    agencyId: string | null;
                                    kind: string | null;
                                };
                                /** @description 期间内每月（无数据的月份为 0） */
                                months: ({
                                    /** @description 按承办机构时，所属机关 */
                                    agencyName?: string;
                                    /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                    key: string;
                                    /** @description 显示名称 */
                                    label: string;
                                } & {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                })[];
                                period: {
                                    /** @description YYYY-MM */
                                    from: string;
                                    /** @description YYYY-MM */
                                    to: string;
                                };
                                previous: {
                                    /** @description YYYY-MM */
                                    from: string;
                                    /** @description YYYY-MM */
                                    to: string;
                                };
                                previousTotals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                };
                                /** @description 审核退回率（%） */
                                returnRate: number | null;
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    /** @description 作出执法决定件数 */
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    /** @description 立案（受理）件数 */
                                    opened: number;
                                    /** @description 法制审核退回次数 */
                                    returns: number;
                                    /** @description 提交法制审核次数 */
                                    reviews: number;
                                };
                                /** @description 办理环节按星期和时段（北京时间）的件数 */
                                weekdayHours: {
                                    hour: number;
                                    steps: number;
                                    /** @description 1 = 星期一 */
                                    weekday: number;
                                }[];
                            };
                            deadlines: {
                                /** @description 次年的节假日安排已导入（否则为未顺延的日期） */
                                calendarKnown: boolean;
                                /** @description YYYY-MM-DD */
                                publishBy: string;
                                /** @description YYYY-MM-DD */
                                reportBy: string;
                            };
                            figures: {
                                hearings: {
                                    held: number;
                                    requested: number;
                                };
                                /** @description 各执法行为类别的立案、决定件数（只列有数的类别） */
                                kinds: {
                                    decided: number;
                                    /** @description 执法行为类别 */
                                    kind: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                                    opened: number;
                                    /** @description 按决定结果（如 给予行政处罚、不予行政处罚、准予许可）的件数 */
                                    results: {
                                        [key: string]: number;
                                    };
                                }[];
                                period: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    /** @description 季度；年度统计为 null */
                                    quarter: number | null;
                                    /** @description YYYY-MM-DD */
                                    to: string;
                                    year: number;
                                };
                                publications: {
                                    corrected: number;
                                    /** @description 应公示的执法决定 */
                                    due: number;
                                    late: number;
                                    onTime: number;
                                    /** @description 逾期尚未公示 */
                                    overdue: number;
                                    /** @description 没有应公示的决定时为 null */
                                    rate: number | (never | null);
                                    withdrawn: number;
                                };
                                /** @description 年度统计的各季度；季度统计为空 */
                                quarters: {
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                    quarter: number;
                                }[];
                                reviews: {
                                    /** @description 集体讨论次数 */
                                    collective: number;
                                    /** @description 集体讨论未采纳审核意见的次数 */
                                    overrides: number;
                                    passed: number;
                                    /** @description 第一轮即通过 */
                                    passedFirstTime: number;
                                    returned: number;
                                    /** @description 提交法制审核的轮次 */
                                    submitted: number;
                                };
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                };
                            };
                            /** @description 最近一次；尚未办理为 null */
                            published: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人 */
                                by: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                late: boolean;
                                /** @description 所固定统计数据的 SHA-256 */
                                sha256: string;
                            } | null;
                            /** @description 最近一次；尚未办理为 null */
                            reported: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人 */
                                by: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                late: boolean;
                                /** @description 所固定统计数据的 SHA-256 */
                                sha256: string;
                            } | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/agencies/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设立内设机构（承办机构、法制审核机构等） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "handling" | "legal" | "office" | "leadership";
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            kind: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
        /** 执法监督预警（负责人：本机关；司法局：辖区；其他人：指派给自己的） */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
                    limit?: number;
                    offset?: number;
                    rule?: string;
                    /** @description 进行中 | 已解除 | 全部 */
                    status?: "open" | "closed" | "all";
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
                                agency: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** @description 须处理的人 */
                                assigneeText: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                detail: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                level: "red" | "orange";
                                /** @description 是否指派给当前用户 */
                                mine: boolean;
                                /** Format: date-time */
                                openedAt: string;
                                read: boolean;
                                rule: string;
                                ruleName: string;
                                title: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                userId: string | null;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/alerts/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记预警为已读 */
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
                        all?: boolean;
                        ids?: string[];
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
                            marked: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/alerts/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读的进行中预警数（工作台提醒） */
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
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计分析（R-X-3）：可见范围内按机关、承办机构、执法行为类别、执法类别、案由、案件发生地、月份和星期×时段的立案、决定、罚没款、法制审核及退回，与上一同长期间比较 */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
                    /** @description 起始月份 YYYY-MM（默认本年 1 月） */
                    from?: string;
                    /** @description 执法行为类别 */
                    kind?: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                    /** @description 结束月份 YYYY-MM（含；默认本月） */
                    to?: string;
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
                            byAgency: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            byField: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            byKind: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            byRegion: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            byUnit: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            /** @description 案由（按立案件数，前 30 项；其余合为“其他”） */
                            byViolation: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            /** @description 与上一同长期间相比的增减（%，一位小数）；上期为 0 时为 null */
                            change: {
                                decided: number | null;
                                fines: number | null;
                                opened: number | null;
                                returns: number | null;
                                reviews: number | null;
                            };
                            filter: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                agencyId: string | null;
                                kind: string | null;
                            };
                            /** @description 期间内每月（无数据的月份为 0） */
                            months: ({
                                /** @description 按承办机构时，所属机关 */
                                agencyName?: string;
                                /** @description 分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份 */
                                key: string;
                                /** @description 显示名称 */
                                label: string;
                            } & {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            })[];
                            period: {
                                /** @description YYYY-MM */
                                from: string;
                                /** @description YYYY-MM */
                                to: string;
                            };
                            previous: {
                                /** @description YYYY-MM */
                                from: string;
                                /** @description YYYY-MM */
                                to: string;
                            };
                            previousTotals: {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            };
                            /** @description 审核退回率（%） */
                            returnRate: number | null;
                            totals: {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                /** @description 作出执法决定件数 */
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                /** @description 立案（受理）件数 */
                                opened: number;
                                /** @description 法制审核退回次数 */
                                returns: number;
                                /** @description 提交法制审核次数 */
                                reviews: number;
                            };
                            /** @description 办理环节按星期和时段（北京时间）的件数 */
                            weekdayHours: {
                                hour: number;
                                steps: number;
                                /** @description 1 = 星期一 */
                                weekday: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/analysis/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计分析导出为 .xlsx（一项或全部，每项一个工作表；数字与 /api/v1/analysis 相同） */
        get: {
            parameters: {
                query: {
                    /** @description UUID */
                    agencyId?: string;
                    /** @description 导出哪一项：agency unit kind field violation region month hour，all 为全部（每项一个工作表） */
                    figure: "agency" | "unit" | "kind" | "field" | "violation" | "region" | "month" | "hour" | "all";
                    /** @description 起始月份 YYYY-MM（默认本年 1 月） */
                    from?: string;
                    /** @description 执法行为类别 */
                    kind?: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                    /** @description 结束月份 YYYY-MM（含；默认本月） */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["def-0"];
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
         * 登录（失败过多将被限制）
         * @description 接口调用方取得令牌（token），以 Authorization: Bearer 调用。执法工作台以 client: "workbench" 登录：只设置 HttpOnly Cookie、不返回令牌，会话在无操作一段时间后失效，修改数据的请求须带 X-CSRF-Token。
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
                        /** @enum {string} */
                        client?: "workbench";
                        password: string;
                        username: string;
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
                            expiresAt: string;
                            session: {
                                /** @description 以 Cookie 登录时，修改数据的请求须在 X-CSRF-Token 请求头中带上此值 */
                                csrfToken: string | null;
                                /** @description 会话的最终失效时间 */
                                expiresAt: string;
                                /** @description 执法工作台会话：无操作至此时间自动退出（每次操作顺延）；接口令牌为 null */
                                idleExpiresAt: string | null;
                                idleMinutes: number | null;
                            };
                            token?: string;
                            user: {
                                agencyId: string;
                                agencyKind: "enforcement" | "justice";
                                agencyName: string;
                                name: string;
                                roles: ("officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin")[];
                                unitId: string | null;
                                userId: string;
                                username: string;
                                visibleAgencyIds: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
        /** 退出登录 */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
        /** 当前用户及会话（执法工作台由此取得 CSRF 令牌与无操作失效时间） */
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
                            session: {
                                /** @description 以 Cookie 登录时，修改数据的请求须在 X-CSRF-Token 请求头中带上此值 */
                                csrfToken: string | null;
                                /** @description 会话的最终失效时间 */
                                expiresAt: string;
                                /** @description 执法工作台会话：无操作至此时间自动退出（每次操作顺延）；接口令牌为 null */
                                idleExpiresAt: string | null;
                                idleMinutes: number | null;
                            };
                            user: {
                                agencyId: string;
                                agencyKind: "enforcement" | "justice";
                                agencyName: string;
                                name: string;
                                roles: ("officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin")[];
                                unitId: string | null;
                                userId: string;
                                username: string;
                                visibleAgencyIds: string[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已载入的年度节假日安排及提醒 */
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
                            warning: string | null;
                            years: {
                                origin: string;
                                source: string;
                                year: number;
                            }[];
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
    "/api/v1/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某日是否为工作日 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD */
                    date: string;
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
                            /** @description YYYY-MM-DD */
                            date: string;
                            holiday?: string;
                            makeUpWorkday?: string;
                            working: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/calendar/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 计算期限届满日（工作日或自然日） */
        get: {
            parameters: {
                query: {
                    days: number;
                    /** @description YYYY-MM-DD */
                    start: string;
                    unit: "working" | "natural";
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
                            days: number;
                            /** @description YYYY-MM-DD */
                            due: string;
                            /** @description YYYY-MM-DD */
                            start: string;
                            unit: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入一个年度的节假日安排（JSON 或 CSV 文本） */
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
                        "application/json": {
                            holidays: number;
                            source: string;
                            workdays: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件列表（本人可见范围） */
        get: {
            parameters: {
                query: {
                    /** @description UUID */
                    agencyId?: string;
                    cursor?: string;
                    limit: number;
                    /** @description 只列本人承办的案件 */
                    mine?: boolean;
                    /** @description true 只列未办结的案件，false 只列已归档等终结的案件 */
                    open?: boolean;
                    overdue?: boolean;
                    procedure?: string;
                    q?: string;
                    state?: string;
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
                                agency: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description YYYY-MM-DD */
                                nextDueOn: string | null;
                                number: string;
                                openedAt: string;
                                overdue: boolean;
                                partyName: string;
                                procedure: {
                                    code: string;
                                    name: string;
                                };
                                state: {
                                    code: string;
                                    name: string;
                                };
                                title: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 立案 / 受理 */
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
                        /** @description 执法类别 */
                        field: string;
                        /** @description 立案环节的填写内容 */
                        inputs: {
                            [key: string]: unknown;
                        };
                        /** @description 承办执法人员，第一位为主办 */
                        officerIds: string[];
                        party: {
                            address?: string | null;
                            creditCode?: string | null;
                            idNumber?: string | null;
                            /** @description person 自然人 / org 单位 */
                            kind: "person" | "org";
                            legalRep?: string | null;
                            name: string;
                            phone?: string | null;
                        };
                        /** @description 执法程序代码，如 penalty-general */
                        procedure: string;
                        /** @description 案件发生地行政区划代码 */
                        regionCode: string;
                        /** @description 案由 */
                        title: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
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
                        "application/json": {
                            agency: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            };
                            availableSteps: {
                                code: string;
                                documents: string[];
                                inputs: {
                                    choices?: {
                                        label: string;
                                        value: string;
                                    }[];
                                    label: string;
                                    max?: number;
                                    name: string;
                                    /** @description 只在另一填写项为某值时适用（如邮件号码只用于邮寄送达）；表单只在此时显示 */
                                    onlyWhen?: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                    required: boolean;
                                    type: "text" | "longtext" | "money" | "date" | "datetime" | "boolean" | "choice" | "officers" | "sanctions";
                                }[];
                                name: string;
                                recordings: {
                                    level: string;
                                    what: string;
                                }[];
                                stage: string;
                            }[];
                            deadlines: {
                                basis: string;
                                code: string;
                                days: number;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                extended: boolean;
                                /** @description 已延长次数 */
                                extensions: number;
                                /** @description 可延长次数 */
                                maxExtensions: number;
                                /** @description YYYY-MM-DD */
                                metOn: string | null;
                                name: string;
                                /** @description 不计入期限的天数（检测、检验、鉴定等），按期限的计算单位 */
                                pausedDays: number;
                                /** @description YYYY-MM-DD */
                                startedOn: string;
                                /** @description running | paused | overdue | met | met-late | unknown */
                                state: string;
                                unit: "working" | "natural";
                            }[];
                            field: string;
                            history: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                actorId: string;
                                actorName: string;
                                inputs: {
                                    [key: string]: unknown;
                                };
                                name: string;
                                /** @description YYYY-MM-DD */
                                on: string;
                                step: string;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 案件编号 */
                            number: string;
                            officers: {
                                certificate: {
                                    number: string;
                                    status: string;
                                    statusName: string;
                                    /** @description YYYY-MM-DD */
                                    validTo: string;
                                } | null;
                                lead: boolean;
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                userId: string;
                            }[];
                            openedAt: string;
                            overdue: boolean;
                            party: {
                                address: string;
                                creditCode: string | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                idNumber: string | null;
                                kind: string;
                                legalRep: string | null;
                                name: string;
                                phone: string;
                            };
                            procedure: {
                                code: string;
                                kind: string;
                                name: string;
                                version: string;
                            };
                            region: {
                                code: string;
                                name: string;
                            };
                            rulePack: {
                                id: string;
                                name: string;
                                version: string;
                            };
                            state: {
                                code: string;
                                name: string;
                            };
                            terminal: boolean;
                            title: string;
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            } | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情：环节记录、期限、可办理环节（调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            agency: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            };
                            availableSteps: {
                                code: string;
                                documents: string[];
                                inputs: {
                                    choices?: {
                                        label: string;
                                        value: string;
                                    }[];
                                    label: string;
                                    max?: number;
                                    name: string;
                                    /** @description 只在另一填写项为某值时适用（如邮件号码只用于邮寄送达）；表单只在此时显示 */
                                    onlyWhen?: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                    required: boolean;
                                    type: "text" | "longtext" | "money" | "date" | "datetime" | "boolean" | "choice" | "officers" | "sanctions";
                                }[];
                                name: string;
                                recordings: {
                                    level: string;
                                    what: string;
                                }[];
                                stage: string;
                            }[];
                            deadlines: {
                                basis: string;
                                code: string;
                                days: number;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                extended: boolean;
                                /** @description 已延长次数 */
                                extensions: number;
                                /** @description 可延长次数 */
                                maxExtensions: number;
                                /** @description YYYY-MM-DD */
                                metOn: string | null;
                                name: string;
                                /** @description 不计入期限的天数（检测、检验、鉴定等），按期限的计算单位 */
                                pausedDays: number;
                                /** @description YYYY-MM-DD */
                                startedOn: string;
                                /** @description running | paused | overdue | met | met-late | unknown */
                                state: string;
                                unit: "working" | "natural";
                            }[];
                            field: string;
                            history: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                actorId: string;
                                actorName: string;
                                inputs: {
                                    [key: string]: unknown;
                                };
                                name: string;
                                /** @description YYYY-MM-DD */
                                on: string;
                                step: string;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 案件编号 */
                            number: string;
                            officers: {
                                certificate: {
                                    number: string;
                                    status: string;
                                    statusName: string;
                                    /** @description YYYY-MM-DD */
                                    validTo: string;
                                } | null;
                                lead: boolean;
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                userId: string;
                            }[];
                            openedAt: string;
                            overdue: boolean;
                            party: {
                                address: string;
                                creditCode: string | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                idNumber: string | null;
                                kind: string;
                                legalRep: string | null;
                                name: string;
                                phone: string;
                            };
                            procedure: {
                                code: string;
                                kind: string;
                                name: string;
                                version: string;
                            };
                            region: {
                                code: string;
                                name: string;
                            };
                            rulePack: {
                                id: string;
                                name: string;
                                version: string;
                            };
                            state: {
                                code: string;
                                name: string;
                            };
                            terminal: boolean;
                            title: string;
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            } | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/case-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案卷完整性（按本机关案卷标准） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            complete: boolean;
                            items: {
                                document: string | null;
                                kind: string;
                                name: string;
                                present: boolean;
                                step: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件文书（调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description 文书内容（规范 JSON）的 SHA-256，电子签章所签 */
                            contentSha256: string;
                            /** @description Word 的 SHA-256；同上 */
                            docxSha256: string | null;
                            eventSeq: number;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            issuedAt: string;
                            kind: string;
                            /** @description 文书编号（单独编号的文书种类；表格类文书为 null，以案号标明所属案件） */
                            number: string | null;
                            /** @description PDF 的 SHA-256；文书记入案卷后随即生成，生成前为 null（下载会等待生成完成） */
                            pdfSha256: string | null;
                            seal: {
                                algorithm: string;
                                keyId: string;
                                signature: string;
                            };
                            title: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 制作文书：按案件数据填写，编号，加盖电子签章并记入全过程记录；PDF 与 Word 随即生成
         * @description 行政处罚告知书、听证告知书另附当事人专区访问码（仅在此次应答中给出一次，系统只保存其摘要）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description 文书内容（规范 JSON）的 SHA-256，电子签章所签 */
                            contentSha256: string;
                            /** @description Word 的 SHA-256；同上 */
                            docxSha256: string | null;
                            eventSeq: number;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            issuedAt: string;
                            kind: string;
                            /** @description 文书编号（单独编号的文书种类；表格类文书为 null，以案号标明所属案件） */
                            number: string | null;
                            /** @description PDF 的 SHA-256；文书记入案卷后随即生成，生成前为 null（下载会等待生成完成） */
                            pdfSha256: string | null;
                            seal: {
                                algorithm: string;
                                keyId: string;
                                signature: string;
                            };
                            title: string;
                        } & {
                            partyAccess?: {
                                code: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件全过程记录（哈希链，调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            chainIntact: boolean;
                            events: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                actorId: string;
                                actorName: string;
                                at: string;
                                fromState: string | null;
                                hash: string;
                                inputs: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                                prevHash: string;
                                seq: number;
                                step: string | null;
                                toState: string | null;
                            }[];
                            problems: {
                                problem: string;
                                seq: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的音像记录（调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            /** @description 采集时间 */
                            capturedAt: string;
                            /** @description 采集人 */
                            capturedBy: string;
                            /** @description 采集地点 */
                            capturedPlace: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description 本案全过程记录中的序号 */
                            eventSeq: number;
                            filename: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description photo | audio | video | other */
                            mediaKind: string;
                            mediaType: string;
                            /** @description 证明对象 */
                            provesWhat: string;
                            recordedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            recordedBy: string;
                            sha256: string;
                            size: number;
                            sm3: string;
                            step: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出可自证的案卷包（tar：文件、清单、证明、检查点；调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-tar": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-tar": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-tar": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-tar": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/flowchart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件流程图（标出当前环节） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件决定的行政复议、行政诉讼结果 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            body: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            channel: string;
                            channelName: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            document: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            note: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            result: string;
                            resultName: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 登记行政复议或行政诉讼结果（维持、撤销、变更、确认违法） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 复议机关或人民法院 */
                        body: string;
                        /** @description 行政复议 | 行政诉讼 */
                        channel: "reconsideration" | "litigation";
                        /** @description YYYY-MM-DD */
                        decidedOn: string;
                        /** @description 复议决定书或裁判文书文号 */
                        document: string;
                        note?: string;
                        /** @description 维持 | 撤销 | 变更 | 确认违法 */
                        result: "upheld" | "revoked" | "changed" | "confirmed-illegal";
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            channel: string;
                            channelName: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            document: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            note: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            result: string;
                            resultName: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/outcomes/{outcomeId}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记决定被纠错后的整改情况 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    /** @description UUID */
                    outcomeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 整改情况 */
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
                        "application/json": {
                            body: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            channel: string;
                            channelName: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            document: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            note: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            result: string;
                            resultName: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/party-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本案当事人专区访问码（只列出印在哪份告知书、是否有效，不含访问码本身；调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            documentId: string;
                            /** @description 印有该访问码的告知书 */
                            documentTitle: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            issuedAt: string;
                            issuedBy: string;
                            /** @description 以该访问码登录、尚未结束的当事人会话数 */
                            openSessions: number;
                            voidedAt: string | null;
                            voidedBy: string | null;
                            voidReason: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/party-access/{accessId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作废当事人专区访问码：须说明理由，记入全过程记录；以该访问码登录的会话随即结束 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    accessId: string;
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 作废理由，记入案件记录 */
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            documentId: string;
                            /** @description 印有该访问码的告知书 */
                            documentTitle: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            issuedAt: string;
                            issuedBy: string;
                            /** @description 以该访问码登录、尚未结束的当事人会话数 */
                            openSessions: number;
                            voidedAt: string | null;
                            voidedBy: string | null;
                            voidReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的法制审核记录：各版拟作出的决定、各轮审核、集体讨论、决定与责任追溯 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            caseNumber: string;
                            /** @description 本机关目录清单的现行版本 */
                            catalogVersion: number;
                            /** @description 最新一版的审核结论；没有为 null */
                            clearance: {
                                /** @description not-required 目录清单未要求审核，review-passed 审核同意，collective 集体讨论决定 */
                                basis: "not-required" | "review-passed" | "collective";
                                /** @description 如「法制审核通过」 */
                                basisName: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                proposalVersion: number;
                            } | null;
                            clearances: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description not-required 目录清单未要求审核，review-passed 审核同意，collective 集体讨论决定 */
                                basis: "not-required" | "review-passed" | "collective";
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                proposalVersion: number;
                            }[];
                            /** @description 作出的决定；尚未作出为 null */
                            decision: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                eventSeq: number;
                                /** @description 决定所依据的审核结论与拟作出的决定的版本 */
                                review: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    clearanceId: string;
                                    proposalSha256: string;
                                    proposalVersion: number;
                                } | null;
                                step: string;
                                stepName: string;
                            } | null;
                            discussions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                chair: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                conclusion: string;
                                /** @description 集体讨论记录 */
                                documentId: string | (never | null);
                                /** @description YYYY-MM-DD */
                                heldOn: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description decide-as-proposed 按拟作出的决定作出 / revise 退回修改 / further-review 提请再次法制审核 */
                                outcome: "decide-as-proposed" | "revise" | "further-review";
                                /** @description 集体讨论未采纳审核意见（按拟作出的决定作出而审核认为存在问题）时的记录；否则为 null */
                                override: {
                                    /** @description 本机关目录清单所列、允许不采纳审核意见的法规规章条款 */
                                    basis?: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    chairId: string;
                                    chairName: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    opinionId: string;
                                    proposalVersion: number;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    reviewerId: string;
                                    reviewerName: string;
                                    round: number;
                                } | null;
                                participants: {
                                    name: string;
                                    opinion: string;
                                    /** @description 职务 */
                                    post: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    userId?: string;
                                    vote: "agree" | "disagree" | "abstain";
                                }[];
                                proposalVersion: number;
                                votes: {
                                    abstain: number;
                                    agree: number;
                                    disagree: number;
                                };
                            }[];
                            /** @description no-proposal 尚未提出拟作出的决定，to-submit 待提交法制审核，in-review 法制审核中，returned 审核退回，待修改，collective 待集体讨论，cleared 可以作出决定，decided 已作出决定 */
                            phase: "no-proposal" | "to-submit" | "in-review" | "returned" | "collective" | "cleared" | "decided";
                            phaseName: string;
                            proposals: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                catalogVersion: number;
                                /** @description 与上一版相比的修改 */
                                changes: {
                                    /** @description 修改后的值（任意 JSON） */
                                    after: unknown;
                                    /** @description 修改前的值（任意 JSON） */
                                    before: unknown;
                                    /** @description 如 decision.fineAmount、sanctions */
                                    field: string;
                                    label: string;
                                }[];
                                /** @description 裁量基准的判断；未引用裁量基准为 null */
                                discretion: {
                                    /** @description 拟罚款（元） */
                                    fine: number | null;
                                    /** @description 所适用（或所符合）的阶次 */
                                    grade: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                                    /** @description 在裁量基准的幅度内 */
                                    inRange: boolean;
                                    message: string;
                                    problems: string[];
                                    /** @description 各阶次的情形和幅度 */
                                    ranges: {
                                        circumstances: string;
                                        /** @description 裁量阶次 */
                                        grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                        /** @description 幅度的文字表述 */
                                        range: string;
                                        sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                    }[];
                                    /** @description 超出幅度，须书面说明理由 */
                                    reasonRequired: boolean;
                                    similar: {
                                        /**
                                         * Format: uuid
                                         * @description UUID
                                         */
                                        caseId: string;
                                        caseNumber: string;
                                        /** @description YYYY-MM-DD */
                                        decidedOn: string;
                                        /** @description 违法事实 */
                                        facts: string;
                                        /** @description 罚款（元） */
                                        fineAmount: number | null;
                                        /** @description 裁量阶次 */
                                        grade: string | null;
                                        /** @description 处罚内容 */
                                        penalty: string;
                                        /** @description 同一违法行为 */
                                        sameViolation: boolean;
                                        /** @description 相似度（0–1） */
                                        similarity: number;
                                        title: string;
                                        /** @description 违法行为代码 */
                                        violation: string | null;
                                    }[];
                                    /** @description 裁量基准的版本 */
                                    version: number;
                                    violation: {
                                        id: string;
                                        name: string;
                                        penaltyArticle: string;
                                        violatedArticle: string;
                                    };
                                } | null;
                                /** @description 按目录清单的判断及触发的规则 */
                                evaluation: {
                                    /** @description 须经负责人集体讨论决定（行政处罚法第五十七条第二款） */
                                    collectiveRequired?: boolean;
                                    fired: {
                                        basis: string;
                                        id: string;
                                        name: string;
                                        /** @description 触发的原因 */
                                        why: string;
                                    }[];
                                    /** @description 目录清单要求法制审核 */
                                    required: boolean;
                                };
                                proposal: {
                                    /** @description 涉案金额（元） */
                                    caseAmount: number | null;
                                    /** @description 决定环节的填写内容，键为填写项（见执法程序定义） */
                                    decision: {
                                        [key: string]: string | number | boolean | string[] | {
                                            /** @description 金额（元） */
                                            amount?: number;
                                            /** @description 期限（日） */
                                            days?: number;
                                            /** @description 对象：许可证件、财物、范围 */
                                            detail?: string;
                                            /** @description 处罚种类，如 罚款、吊销许可证件 */
                                            kind: string;
                                        }[];
                                    };
                                    discretion: {
                                        /** @description 倍数罚款的计算基数（元） */
                                        baseAmount: number | null;
                                        grade: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                                        /** @description 裁量说明 */
                                        reasoning: string;
                                        /** @description 裁量基准中的违法行为代码 */
                                        violation: string | null;
                                    } | null;
                                    /** @description 情形标记：publicInterest 涉及重大公共利益，socialImpact 可能造成重大社会影响或引发社会风险，complex 案件情况疑难复杂、涉及多个法律关系，foreign 涉外或者涉港澳台 */
                                    flags: {
                                        complex?: boolean;
                                        foreign?: boolean;
                                        publicInterest?: boolean;
                                        socialImpact?: boolean;
                                    };
                                    /** @description 处罚种类 / 措施 */
                                    sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                    /** @description 决定环节 */
                                    step: string;
                                };
                                proposalSha256: string;
                                version: number;
                            }[];
                            /** @description 最新一版是否须法制审核；尚无拟作出的决定为 null */
                            required: boolean | null;
                            rounds: {
                                advisers: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    kind: string;
                                    name: string;
                                    opinion: string | null;
                                    organisation: string;
                                }[];
                                /** @description 承办人有异议，提请集体讨论 */
                                disagreed: boolean;
                                /** @description 异议理由 */
                                disagreement: string | null;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                materials: {
                                    case: {
                                        number: string;
                                        party: string;
                                        title: string;
                                    };
                                    discretion: {
                                        benchmark: {
                                            /** @description 拟罚款（元） */
                                            fine: number | null;
                                            /** @description 所适用（或所符合）的阶次 */
                                            grade: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                                            /** @description 在裁量基准的幅度内 */
                                            inRange: boolean;
                                            message: string;
                                            problems: string[];
                                            /** @description 各阶次的情形和幅度 */
                                            ranges: {
                                                circumstances: string;
                                                /** @description 裁量阶次 */
                                                grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                                /** @description 幅度的文字表述 */
                                                range: string;
                                                sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                            }[];
                                            /** @description 超出幅度，须书面说明理由 */
                                            reasonRequired: boolean;
                                            similar: {
                                                /**
                                                 * Format: uuid
                                                 * @description UUID
                                                 */
                                                caseId: string;
                                                caseNumber: string;
                                                /** @description YYYY-MM-DD */
                                                decidedOn: string;
                                                /** @description 违法事实 */
                                                facts: string;
                                                /** @description 罚款（元） */
                                                fineAmount: number | null;
                                                /** @description 裁量阶次 */
                                                grade: string | null;
                                                /** @description 处罚内容 */
                                                penalty: string;
                                                /** @description 同一违法行为 */
                                                sameViolation: boolean;
                                                /** @description 相似度（0–1） */
                                                similarity: number;
                                                title: string;
                                                /** @description 违法行为代码 */
                                                violation: string | null;
                                            }[];
                                            /** @description 裁量基准的版本 */
                                            version: number;
                                            violation: {
                                                id: string;
                                                name: string;
                                                penaltyArticle: string;
                                                violatedArticle: string;
                                            };
                                        } | null;
                                        /** @description 裁量说明 */
                                        reasoning: string;
                                    };
                                    evidence: {
                                        /** @description 记录的摘要值（hex） */
                                        entrySha256: string;
                                        /** @description 案件记录的序号 */
                                        eventSeq: number;
                                        /** @description 证据种类 */
                                        kind: string;
                                        /** @description 证明的内容 */
                                        proves: string;
                                        title: string;
                                    }[];
                                    /** @description 违法事实 */
                                    facts: string;
                                    /** @description 承办人意见 */
                                    handlerOpinion: string;
                                    /** @description 听证笔录和听证报告；未听证为 null */
                                    hearing: string | null;
                                    /** @description 法律依据 */
                                    legalBasis: string;
                                    proposal: {
                                        content: {
                                            /** @description 涉案金额（元） */
                                            caseAmount: number | null;
                                            /** @description 决定环节的填写内容，键为填写项（见执法程序定义） */
                                            decision: {
                                                [key: string]: string | number | boolean | string[] | {
                                                    /** @description 金额（元） */
                                                    amount?: number;
                                                    /** @description 期限（日） */
                                                    days?: number;
                                                    /** @description 对象：许可证件、财物、范围 */
                                                    detail?: string;
                                                    /** @description 处罚种类，如 罚款、吊销许可证件 */
                                                    kind: string;
                                                }[];
                                            };
                                            discretion: {
                                                /** @description 倍数罚款的计算基数（元） */
                                                baseAmount: number | null;
                                                grade: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                                                /** @description 裁量说明 */
                                                reasoning: string;
                                                /** @description 裁量基准中的违法行为代码 */
                                                violation: string | null;
                                            } | null;
                                            /** @description 情形标记：publicInterest 涉及重大公共利益，socialImpact 可能造成重大社会影响或引发社会风险，complex 案件情况疑难复杂、涉及多个法律关系，foreign 涉外或者涉港澳台 */
                                            flags: {
                                                complex?: boolean;
                                                foreign?: boolean;
                                                publicInterest?: boolean;
                                                socialImpact?: boolean;
                                            };
                                            /** @description 处罚种类 / 措施 */
                                            sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                            /** @description 决定环节 */
                                            step: string;
                                        };
                                        sha256: string;
                                        version: number;
                                    };
                                    /** @description 案件基本情况 */
                                    summary: string;
                                };
                                materialsSha256: string;
                                opinion: {
                                    answers: {
                                        comment: string;
                                        /** @description subject 执法主体合法，qualification 执法人员具备执法资格，procedure 执法程序合法，facts 案件事实清楚，evidence 证据合法充分，law 适用法律、法规、规章准确，discretion 裁量基准运用适当，authority 未超越法定权限，documents 执法文书完备规范，crime 不涉嫌犯罪、无需移送司法机关 */
                                        point: "subject" | "qualification" | "procedure" | "facts" | "evidence" | "law" | "discretion" | "authority" | "documents" | "crime";
                                        result: "pass" | "problem";
                                    }[];
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    /** @description agree 同意 / problems 存在问题 */
                                    conclusion: "agree" | "problems";
                                    conclusionName: string;
                                    /** @description 法制审核意见书 */
                                    documentId: string | (never | null);
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    materialsSha256: string;
                                    opinion: string;
                                    reviewer: {
                                        /**
                                         * Format: uuid
                                         * @description UUID
                                         */
                                        id: string;
                                        name: string;
                                    } | null;
                                } | null;
                                overdue: boolean;
                                prechecks: {
                                    message: string;
                                    ok: boolean;
                                    /** @description subject 执法主体合法，qualification 执法人员具备执法资格，procedure 执法程序合法，facts 案件事实清楚，evidence 证据合法充分，law 适用法律、法规、规章准确，discretion 裁量基准运用适当，authority 未超越法定权限，documents 执法文书完备规范，crime 不涉嫌犯罪、无需移送司法机关 */
                                    point: "subject" | "qualification" | "procedure" | "facts" | "evidence" | "law" | "discretion" | "authority" | "documents" | "crime";
                                }[];
                                proposalVersion: number;
                                remind: boolean;
                                round: number;
                                /** @description pending 审核中，agreed 同意，problems 存在问题（退回），withdrawn 因修改拟作出的决定而撤回 */
                                status: "pending" | "agreed" | "problems" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                submittedAt: string;
                                submittedBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                            settings: {
                                /** @description 退回达到此轮次后须集体讨论 */
                                maxRounds: number;
                                /** @description 允许集体讨论不采纳法制审核意见、按拟作出的决定作出的地方性法规或规章条款；未设置时依行政处罚法第五十八条，审核未通过的不得作出决定 */
                                overrideBasis?: string | null;
                                /** @description 到期前几个工作日提醒 */
                                remindDays: number;
                                /** @description 审核期限（工作日） */
                                reviewDays: number;
                            };
                            trace: {
                                act: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                detail: string;
                                proposalVersion: number;
                                who: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 邀请法律顾问、公职律师参与本轮审核 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        adviserId: string;
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
                            adviser: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                kind: string;
                                name: string;
                                organisation: string;
                            };
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            round: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/advisers/{adviceId}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入法律顾问、公职律师的意见 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    adviceId: string;
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        opinion: string;
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
                            /** @description 法律顾问、公职律师的姓名 */
                            adviser: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            opinion: string;
                            round: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 比较两轮送审：拟作出的决定和送审材料的变化 */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            from: {
                                proposalVersion: number;
                                round: number;
                            };
                            materialChanges: {
                                after: unknown;
                                before: unknown;
                                /** @description 送审材料的项目 */
                                field: string;
                            }[];
                            proposalChanges: {
                                /** @description 修改后的值（任意 JSON） */
                                after: unknown;
                                /** @description 修改前的值（任意 JSON） */
                                before: unknown;
                                /** @description 如 decision.fineAmount、sanctions */
                                field: string;
                                label: string;
                            }[];
                            to: {
                                proposalVersion: number;
                                round: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/disagreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办人对审核意见有异议，提请集体讨论 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                        "application/json": {
                            /** @description no-proposal 尚未提出拟作出的决定，to-submit 待提交法制审核，in-review 法制审核中，returned 审核退回，待修改，collective 待集体讨论，cleared 可以作出决定，decided 已作出决定 */
                            phase: "no-proposal" | "to-submit" | "in-review" | "returned" | "collective" | "cleared" | "decided";
                            round: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/discussions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录集体讨论（参加人员、各人意见、表决、结论；生成集体讨论记录） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusion: string;
                        /** @description YYYY-MM-DD */
                        heldOn: string;
                        /** @description decide-as-proposed 按拟作出的决定作出 / revise 退回修改 / further-review 提请再次法制审核（审核未通过时；审核未通过的不得作出决定，行政处罚法第五十八条） */
                        outcome: "decide-as-proposed" | "revise" | "further-review";
                        participants: {
                            name: string;
                            opinion: string;
                            post: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId?: string;
                            vote: "agree" | "disagree" | "abstain";
                        }[];
                        recorder: string;
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
                            document: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                contentSha256: string;
                                docxSha256: string | null;
                                eventSeq: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                issuedAt: string;
                                kind: string;
                                number: string | null;
                                /** @description 文书记入案卷后随即生成 PDF 与 Word，生成前为 null */
                                pdfSha256: string | null;
                                seal: {
                                    algorithm: string;
                                    keyId: string;
                                    signature: string;
                                };
                                title: string;
                            };
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description decide-as-proposed 按拟作出的决定作出 / revise 退回修改 / further-review 提请再次法制审核 */
                            outcome: "decide-as-proposed" | "revise" | "further-review";
                            /** @description 集体讨论未采纳审核意见（按拟作出的决定作出而审核认为存在问题）时的记录；否则为 null */
                            override: {
                                /** @description 本机关目录清单所列、允许不采纳审核意见的法规规章条款 */
                                basis?: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                chairId: string;
                                chairName: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                opinionId: string;
                                proposalVersion: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                reviewerId: string;
                                reviewerName: string;
                                round: number;
                            } | null;
                            proposalVersion: number;
                            votes: {
                                abstain: number;
                                agree: number;
                                disagree: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具法制审核意见（逐项审核要点，同意或存在问题；生成法制审核意见书） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            comment?: string;
                            point: "subject" | "qualification" | "procedure" | "facts" | "evidence" | "law" | "discretion" | "authority" | "documents" | "crime";
                            result: "pass" | "problem";
                        }[];
                        /** @description agree 同意 / problems 存在问题 */
                        conclusion: "agree" | "problems";
                        /** @description 所审核送审材料的 SHA-256 */
                        materialsSha256: string;
                        opinion: string;
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
                            /** @description agree 同意 / problems 存在问题 */
                            conclusion: "agree" | "problems";
                            conclusionName: string;
                            document: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                contentSha256: string;
                                docxSha256: string | null;
                                eventSeq: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                issuedAt: string;
                                kind: string;
                                number: string | null;
                                /** @description 文书记入案卷后随即生成 PDF 与 Word，生成前为 null */
                                pdfSha256: string | null;
                                seal: {
                                    algorithm: string;
                                    keyId: string;
                                    signature: string;
                                };
                                title: string;
                            };
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            round: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出或修改拟作出的决定（按目录清单判断是否须法制审核） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseAmount?: number | null;
                        /** @description 决定环节的填写内容，即将来作出决定的内容 */
                        decision: {
                            [key: string]: unknown;
                        };
                        discretion?: {
                            baseAmount?: number | null;
                            grade?: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                            reasoning?: string;
                            violation?: string | null;
                        } | null;
                        flags?: {
                            complex?: boolean;
                            foreign?: boolean;
                            publicInterest?: boolean;
                            socialImpact?: boolean;
                        };
                        sanctions?: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                        /** @description 决定环节，如 decide、grant、deny、approve、dispose */
                        step: string;
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
                            catalogVersion: number;
                            changes: {
                                /** @description 修改后的值（任意 JSON） */
                                after: unknown;
                                /** @description 修改前的值（任意 JSON） */
                                before: unknown;
                                /** @description 如 decision.fineAmount、sanctions */
                                field: string;
                                label: string;
                            }[];
                            /** @description 裁量基准的判断；未引用裁量基准为 null */
                            discretion: {
                                /** @description 拟罚款（元） */
                                fine: number | null;
                                /** @description 所适用（或所符合）的阶次 */
                                grade: ("不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚") | (never | null);
                                /** @description 在裁量基准的幅度内 */
                                inRange: boolean;
                                message: string;
                                problems: string[];
                                /** @description 各阶次的情形和幅度 */
                                ranges: {
                                    circumstances: string;
                                    /** @description 裁量阶次 */
                                    grade: "不予处罚" | "减轻处罚" | "从轻处罚" | "一般处罚" | "从重处罚";
                                    /** @description 幅度的文字表述 */
                                    range: string;
                                    sanctions: ("警告" | "通报批评" | "罚款" | "没收违法所得" | "没收非法财物" | "暂扣许可证件" | "降低资质等级" | "吊销许可证件" | "限制开展生产经营活动" | "责令停产停业" | "责令关闭" | "限制从业" | "查封" | "扣押" | "不予许可")[];
                                }[];
                                /** @description 超出幅度，须书面说明理由 */
                                reasonRequired: boolean;
                                similar: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    caseId: string;
                                    caseNumber: string;
                                    /** @description YYYY-MM-DD */
                                    decidedOn: string;
                                    /** @description 违法事实 */
                                    facts: string;
                                    /** @description 罚款（元） */
                                    fineAmount: number | null;
                                    /** @description 裁量阶次 */
                                    grade: string | null;
                                    /** @description 处罚内容 */
                                    penalty: string;
                                    /** @description 同一违法行为 */
                                    sameViolation: boolean;
                                    /** @description 相似度（0–1） */
                                    similarity: number;
                                    title: string;
                                    /** @description 违法行为代码 */
                                    violation: string | null;
                                }[];
                                /** @description 裁量基准的版本 */
                                version: number;
                                violation: {
                                    id: string;
                                    name: string;
                                    penaltyArticle: string;
                                    violatedArticle: string;
                                };
                            } | null;
                            /** @description 按目录清单的判断及触发的规则 */
                            evaluation: {
                                /** @description 须经负责人集体讨论决定（行政处罚法第五十七条第二款） */
                                collectiveRequired?: boolean;
                                fired: {
                                    basis: string;
                                    id: string;
                                    name: string;
                                    /** @description 触发的原因 */
                                    why: string;
                                }[];
                                /** @description 目录清单要求法制审核 */
                                required: boolean;
                            };
                            proposalSha256: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交法制审核（送审材料完整性检查，固定并计算摘要） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        discretionReasoning?: string;
                        /** @description 证据：本案记录中的音像记录和文书条目；省略时为全部 */
                        evidence?: {
                            eventSeq: number;
                            proves?: string;
                        }[];
                        /** @description 违法事实 */
                        facts: string;
                        handlerOpinion?: string;
                        hearingRecord?: string;
                        /** @description 法律依据 */
                        legalBasis: string;
                        /** @description 案件基本情况 */
                        summary: string;
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
                            /** @description 审核期限；工作日历缺年份时为 null */
                            dueOn: string | (never | null);
                            findings: {
                                message: string;
                                ok: boolean;
                                /** @description subject 执法主体合法，qualification 执法人员具备执法资格，procedure 执法程序合法，facts 案件事实清楚，evidence 证据合法充分，law 适用法律、法规、规章准确，discretion 裁量基准运用适当，authority 未超越法定权限，documents 执法文书完备规范，crime 不涉嫌犯罪、无需移送司法机关 */
                                point: "subject" | "qualification" | "procedure" | "facts" | "evidence" | "law" | "discretion" | "authority" | "documents" | "crime";
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            materialsSha256: string;
                            proposalVersion: number;
                            round: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/review/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 责任追溯：谁提交了哪一版、谁以何种意见审核、谁作出决定、谁未采纳审核意见（浏览器请求 text/html 时返回页面） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            caseNumber: string;
                            /** @description 作出的决定；尚未作出为 null */
                            decision: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                eventSeq: number;
                                /** @description 决定所依据的审核结论与拟作出的决定的版本 */
                                review: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    clearanceId: string;
                                    proposalSha256: string;
                                    proposalVersion: number;
                                } | null;
                                step: string;
                                stepName: string;
                            } | null;
                            phaseName: string;
                            trace: {
                                act: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                detail: string;
                                proposalVersion: number;
                                who: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理一个环节 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        inputs: {
                            [key: string]: unknown;
                        };
                        step: string;
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
                            id: string;
                            state: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/cases/{id}/steps/{step}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理某一环节前尚需什么：案件状态、角色、承办人执法证、音像记录、前置环节与期限、法制审核（与办理时的检查相同，不写入任何记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    step: string;
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
                            /** @description 本环节制作的文书 */
                            documents: string[];
                            items: {
                                kind: "state" | "role" | "officer" | "recording" | "guard" | "review";
                                met: boolean;
                                /** @description 需要什么 */
                                need: string;
                                /** @description 尚未满足的原因 */
                                problem: string | null;
                            }[];
                            /** @description 决定环节：法制审核通过的拟作出决定的内容，用于预填决定 */
                            proposedDecision: {
                                [key: string]: unknown;
                            } | null;
                            /** @description 下列各项是否都已满足 */
                            ready: boolean;
                            recording: {
                                level: string;
                                present: number;
                                what: string;
                            } | null;
                            step: {
                                code: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法证详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法证号 */
                            number: string;
                            /** @description 已登记、尚未生效的状态变更 */
                            planned: {
                                /** @description YYYY-MM-DD */
                                from: string;
                                reason: string;
                                status: string;
                                statusName: string;
                            } | null;
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
                            /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                            statusSince: string | (never | null);
                            /** @description YYYY-MM-DD */
                            validFrom: string;
                            /** @description YYYY-MM-DD */
                            validTo: string;
                        } & {
                            holder: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/certificates/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法证变更记录（核发、换证、暂扣、恢复、吊销、年检） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            actor: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description YYYY-MM-DD */
                            effectiveOn: string;
                            id: string;
                            /** @description issue | renew | suspend | reinstate | revoke | inspection */
                            kind: string;
                            kindName: string;
                            reason: string;
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/certificates/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记执法证年检结论（系统管理员）；通过须当年培训满 40 学时 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD */
                        on?: string;
                        /** @description 是否通过 */
                        passed: boolean;
                        /** @description 结论说明；不合格时必填 */
                        reason: string;
                        /** @description 年检所属年度 */
                        year: number;
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
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法证号 */
                            number: string;
                            /** @description 已登记、尚未生效的状态变更 */
                            planned: {
                                /** @description YYYY-MM-DD */
                                from: string;
                                reason: string;
                                status: string;
                                statusName: string;
                            } | null;
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
                            /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                            statusSince: string | (never | null);
                            /** @description YYYY-MM-DD */
                            validFrom: string;
                            /** @description YYYY-MM-DD */
                            validTo: string;
                        } & {
                            holder: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/certificates/{id}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 执法证换证延期（系统管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 换证延期的理由或依据 */
                        reason: string;
                        /** @description YYYY-MM-DD */
                        validTo: string;
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
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法证号 */
                            number: string;
                            /** @description 已登记、尚未生效的状态变更 */
                            planned: {
                                /** @description YYYY-MM-DD */
                                from: string;
                                reason: string;
                                status: string;
                                statusName: string;
                            } | null;
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
                            /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                            statusSince: string | (never | null);
                            /** @description YYYY-MM-DD */
                            validFrom: string;
                            /** @description YYYY-MM-DD */
                            validTo: string;
                        } & {
                            holder: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/certificates/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂扣、吊销或恢复执法证（系统管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD */
                        effectiveOn?: string;
                        reason: string;
                        status: "valid" | "suspended" | "revoked";
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
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法证号 */
                            number: string;
                            /** @description 已登记、尚未生效的状态变更 */
                            planned: {
                                /** @description YYYY-MM-DD */
                                from: string;
                                reason: string;
                                status: string;
                                statusName: string;
                            } | null;
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
                            /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                            statusSince: string | (never | null);
                            /** @description YYYY-MM-DD */
                            validFrom: string;
                            /** @description YYYY-MM-DD */
                            validTo: string;
                        } & {
                            holder: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉举报列表：本机关的（司法局：辖区各机关的），未答复的按答复期限排列；附各机关件数 */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
                    limit?: number;
                    offset?: number;
                    /** @description open 未答复（默认），answered 已答复，all 全部 */
                    state?: "open" | "answered" | "all";
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
                            /** @description 各机关的件数（可见范围内全部，不受筛选影响） */
                            figures: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                agencyId: string;
                                agencyName: string;
                                answered: number;
                                /** @description 超过答复期限才答复的 */
                                answeredLate: number;
                                open: number;
                                overdue: number;
                                total: number;
                            }[];
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                agencyId: string;
                                agencyName: string;
                                /** @description YYYY-MM-DD */
                                answeredOn: string | null;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                /** @description 逾期 / 临期（3 个工作日内）/ 正常；已答复为 null */
                                dueState: ("overdue" | "soon" | "normal") | (never | null);
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                handlerId: string | null;
                                handlerName: string | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description complaint 投诉，report 举报 */
                                kind: "complaint" | "report";
                                kindName: string;
                                /** @description 指派给我、尚未答复 */
                                mine: boolean;
                                /** @description YYYY-MM-DD */
                                receivedOn: string;
                                /** @description received 已受理（未指派），assigned 办理中，answered 已答复 */
                                state: "received" | "assigned" | "answered";
                                stateName: string;
                                subjectRef: string | null;
                                /** @description 事实和理由的开头 */
                                summary: string;
                                transferred: boolean;
                            }[];
                            /** @description YYYY-MM-DD */
                            today: string;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉举报详情（含投诉人姓名、电话和附件；每次查看记入调阅记录，办理机关以外的人员须说明事由） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（办理机关的人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            agencyName: string;
                            answer: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            answeredAt: string | null;
                            answeredByName: string | null;
                            attachments: {
                                filename: string;
                                mediaType: string;
                                seq: number;
                                sha256: string;
                                size: number;
                            }[];
                            can: {
                                answer: boolean;
                                assign: boolean;
                                transfer: boolean;
                            };
                            contentSha256: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string | null;
                            /** @description 逾期 / 临期（3 个工作日内）/ 正常；已答复为 null */
                            dueState: ("overdue" | "soon" | "normal") | (never | null);
                            events: {
                                actorName: string | null;
                                agencyName: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                kind: string;
                                name: string;
                                note: string | null;
                                seq: number;
                            }[];
                            facts: string;
                            filedAgencyName: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            handlerId: string | null;
                            handlerName: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description complaint 投诉，report 举报 */
                            kind: "complaint" | "report";
                            kindName: string;
                            /** @description 投诉人姓名（个人信息，不公开） */
                            name: string | null;
                            /** @description 联系电话（个人信息，不公开） */
                            phone: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            receivedAt: string;
                            /** @description YYYY-MM-DD */
                            receivedOn: string;
                            request: string;
                            /** @description received 已受理（未指派），assigned 办理中，answered 已答复 */
                            state: "received" | "assigned" | "answered";
                            stateName: string;
                            subjectRef: string | null;
                            transferred: boolean;
                            transferTargets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/complaints/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复（承办人或机关负责人）；投诉人凭查询码看到答复 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/complaints/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指派承办人（机关负责人） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        handlerId: string;
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/complaints/{id}/attachments/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载投诉举报的附件（记入调阅记录） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（办理机关的人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    seq: number;
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
                    content?: never;
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
    "/api/v1/complaints/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办有管辖权的机关（机关负责人；须说明理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        agencyId: string;
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
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/credit-repair/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信用修复申请：待决定的在前，按决定期限排列（司法局可见辖区内全部机关） */
        get: {
            parameters: {
                query?: {
                    /** @description pending 待决定，granted 准予（已提前停止公示），refused 不予 */
                    state?: "pending" | "granted" | "refused";
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
                                agency: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                };
                                applicantName: string;
                                /** @description 当事人本人、法定代表人（负责人）或委托代理人 */
                                applicantRole: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                decidedAt: string | null;
                                decisionTitle: string;
                                /** @description 行政处罚决定书文号 */
                                docNumber: string;
                                /** @description 决定期限（YYYY-MM-DD） */
                                dueOn: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 申请编号 */
                                number: string;
                                /** @description 待决定且已超过决定期限 */
                                overdue: boolean;
                                partyName: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                publicationId: string;
                                /** @description YYYY-MM-DD */
                                receivedOn: string;
                                /** @description pending 待决定，granted 准予（已提前停止公示），refused 不予 */
                                state: "pending" | "granted" | "refused";
                                stateName: string;
                            }[];
                            /** @description YYYY-MM-DD */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/credit-repair/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份信用修复申请：申请理由、守信承诺、证明材料，公示记录当前是否符合条件，及决定 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            agency: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            };
                            applicantName: string;
                            /** @description 当事人本人、法定代表人（负责人）或委托代理人 */
                            applicantRole: string;
                            attachments: {
                                index: number;
                                mediaType: string;
                                name: string;
                                sha256: string;
                                size: number;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description 申请人接受的守信承诺书 */
                            commitment: string;
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            decidedAt: string | null;
                            decision: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                confirmed: unknown;
                                reason: string;
                            } | null;
                            decisionTitle: string;
                            /** @description 行政处罚决定书文号 */
                            docNumber: string;
                            /** @description 决定期限（YYYY-MM-DD） */
                            dueOn: string;
                            /** @description 收到申请时的审查结果 */
                            eligibilityOnReceipt: unknown;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 申请编号 */
                            number: string;
                            /** @description 待决定且已超过决定期限 */
                            overdue: boolean;
                            partyName: string;
                            publication: {
                                eligibility: {
                                    eligible: boolean;
                                    /** @description 最早可以提前停止公示的日期 */
                                    from: string | (never | null);
                                    minimum: {
                                        area: string | null;
                                        basis: string;
                                        months: number;
                                    } | null;
                                    /** @description 不能申请或不能准予的情形（公示记录本身显示的） */
                                    refusals: {
                                        basis: string;
                                        condition: string;
                                        message: string;
                                    }[];
                                    /** @description 执法机关须核实的条件（自觉履行、再次处罚、消除影响、名单） */
                                    toVerify: {
                                        basis: string;
                                        condition: string;
                                        message: string;
                                    }[];
                                };
                                penalty: string;
                                /** @description paid 自觉履行，enforced 强制执行，none 无需履行；null 案件记录中尚无执行记录 */
                                performance: string | null;
                                /** @description YYYY-MM-DD */
                                publicUntil: string | null;
                                /** @description YYYY-MM-DD */
                                publishedOn: string | null;
                                /** @description 因同一类违法行为再次受到的行政处罚的文号 */
                                repeatedBy: string | null;
                                state: string;
                            };
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            publicationId: string;
                            reasons: string;
                            /** @description YYYY-MM-DD */
                            receivedOn: string;
                            rules: {
                                basis: string;
                                decisionLimit: {
                                    basis: string;
                                    days: number;
                                    name: string;
                                    unit: string;
                                } | null;
                                name: string;
                            };
                            /** @description pending 待决定，granted 准予（已提前停止公示），refused 不予 */
                            state: "pending" | "granted" | "refused";
                            stateName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/credit-repair/applications/{id}/attachments/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载申请人提交的证明材料 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                    index: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/credit-repair/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作出信用修复决定（公示管理员）：准予的提前停止公示（条件逐项核对，记入账本），不予的写明理由 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmed?: {
                            /** @description 已经主动消除危害后果和不良影响（公示规定第十四条第一款第二项） */
                            harmRemoved?: boolean;
                            /** @description 未在经营异常名录和严重违法失信名单中（第十四条第一款第四项） */
                            notListed?: boolean;
                        };
                        /** @description grant 准予（提前停止公示），refuse 不予 */
                        decision: "grant" | "refuse";
                        /** @description 决定理由；不予的须写明 */
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
                        "application/json": {
                            agency: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            };
                            applicantName: string;
                            /** @description 当事人本人、法定代表人（负责人）或委托代理人 */
                            applicantRole: string;
                            attachments: {
                                index: number;
                                mediaType: string;
                                name: string;
                                sha256: string;
                                size: number;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description 申请人接受的守信承诺书 */
                            commitment: string;
                            contact: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            decidedAt: string | null;
                            decision: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                by: string;
                                confirmed: unknown;
                                reason: string;
                            } | null;
                            decisionTitle: string;
                            /** @description 行政处罚决定书文号 */
                            docNumber: string;
                            /** @description 决定期限（YYYY-MM-DD） */
                            dueOn: string;
                            /** @description 收到申请时的审查结果 */
                            eligibilityOnReceipt: unknown;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 申请编号 */
                            number: string;
                            /** @description 待决定且已超过决定期限 */
                            overdue: boolean;
                            partyName: string;
                            publication: {
                                eligibility: {
                                    eligible: boolean;
                                    /** @description 最早可以提前停止公示的日期 */
                                    from: string | (never | null);
                                    minimum: {
                                        area: string | null;
                                        basis: string;
                                        months: number;
                                    } | null;
                                    /** @description 不能申请或不能准予的情形（公示记录本身显示的） */
                                    refusals: {
                                        basis: string;
                                        condition: string;
                                        message: string;
                                    }[];
                                    /** @description 执法机关须核实的条件（自觉履行、再次处罚、消除影响、名单） */
                                    toVerify: {
                                        basis: string;
                                        condition: string;
                                        message: string;
                                    }[];
                                };
                                penalty: string;
                                /** @description paid 自觉履行，enforced 强制执行，none 无需履行；null 案件记录中尚无执行记录 */
                                performance: string | null;
                                /** @description YYYY-MM-DD */
                                publicUntil: string | null;
                                /** @description YYYY-MM-DD */
                                publishedOn: string | null;
                                /** @description 因同一类违法行为再次受到的行政处罚的文号 */
                                repeatedBy: string | null;
                                state: string;
                            };
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            publicationId: string;
                            reasons: string;
                            /** @description YYYY-MM-DD */
                            receivedOn: string;
                            rules: {
                                basis: string;
                                decisionLimit: {
                                    basis: string;
                                    days: number;
                                    name: string;
                                    unit: string;
                                } | null;
                                name: string;
                            };
                            /** @description pending 待决定，granted 准予（已提前停止公示），refused 不予 */
                            state: "pending" | "granted" | "refused";
                            stateName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/document-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可制作的执法文书 */
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
                            code: string;
                            title: string;
                        }[];
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
    "/api/v1/documents/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书（Word，调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
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
    "/api/v1/documents/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书（PDF，调阅留痕） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
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
    "/api/v1/evidence/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载音像记录原件（调阅留痕）；支持单个字节范围（Range: bytes=起-止），便于拖动播放与断点续传 */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
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
    "/api/v1/exchange/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 向上级平台推送的待发、已发和失败消息 */
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
                            /** @description 引起推送的公示行为，如 published、corrected、withdrawn */
                            act: string;
                            /** @description 已尝试推送的次数 */
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            created_at: string;
                            /** @description 多次失败后放弃（死信） */
                            dead: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            delivered_at: string | null;
                            /** @description 文号 */
                            doc_number: string;
                            /** @description 消息序号（十进制字符串） */
                            id: string;
                            last_error: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            next_at: string;
                            /** @description delivered 已送达，failed 已放弃，pending 待发 */
                            state: "delivered" | "failed" | "pending";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/exchange/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接入系统及其最近一次推送 */
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
                            /** @description 所属机关名称 */
                            agency: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 最近一次推送；从未推送为 null */
                            lastPush: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 因不合格而未保存的条数 */
                                rejected: number;
                                /** @description 保存的条数 */
                                stored: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                system_id: string;
                            } | null;
                            name: string;
                            /** @description 注销时间；未注销为 null */
                            revokedAt: string | (never | null);
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 登记接入系统（本机关或司法局系统管理员）：返回一次性显示的密钥 */
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
                         * Format: uuid
                         * @description UUID
                         */
                        agencyId: string;
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 接入系统密钥（sx_sys_…），只在登记时显示这一次 */
                            key: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/exchange/systems/{id}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销接入系统的密钥 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/ingest/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 其他机关的办案系统推送执法决定（双公示数据项代码；Authorization: Bearer sx_sys_…；每次 1–500 条，全部合格才保存） */
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
                        decisions: unknown[];
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
                            items: {
                                /** @description 文号 */
                                docNumber: string;
                                /** @description 公示页面的路径 */
                                url: string;
                                /** @description 公示版本 */
                                version: number;
                            }[];
                            /** @description 新保存或更新的条数 */
                            stored: number;
                            /** @description 与已保存内容相同而未更改的条数 */
                            unchanged: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/ledger/{credit}/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一致性证明（RFC 6962 §2.1.2） */
        get: {
            parameters: {
                query: {
                    old: number;
                    size: number;
                };
                header?: never;
                path: {
                    credit: string;
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
                            old: number;
                            proof: string[];
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/ledger/{credit}/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 包含性证明（RFC 6962 §2.1.1） */
        get: {
            parameters: {
                query: {
                    index: number;
                    size: number;
                };
                header?: never;
                path: {
                    credit: string;
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
                            index: number;
                            proof: string[];
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/legal-advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法律顾问、公职律师库（本地区及上级地区） */
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
                            id: string;
                            kind: string;
                            name: string;
                            organisation: string;
                            phone: string;
                            regionCode: string;
                            specialties: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 加入法律顾问、公职律师库（司法行政部门） */
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
                        kind: "counsel" | "public-lawyer";
                        name: string;
                        organisation: string;
                        phone: string;
                        specialties: string[];
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
                            id: string;
                            kind: string;
                            name: string;
                            organisation: string;
                            phone: string;
                            regionCode: string;
                            specialties: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/list-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 尚未在清单中反映的变化及期限（司法局可见辖区内全部机关；overdue=true 只列逾期的） */
        get: {
            parameters: {
                query?: {
                    overdue?: boolean;
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
                            agency: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            };
                            /** @description YYYY-MM-DD */
                            changedOn: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道 */
                            list: "matters" | "inspections" | "guides" | "remedies";
                            listName: string;
                            overdue: boolean;
                            reason: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/officer-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 立案时可指派的承办人员：本机关全部执法人员，标明其执法证是否涵盖该执法类别、案件发生地和日期，不能承办的写明原因 */
        get: {
            parameters: {
                query: {
                    /** @description 执法类别 */
                    field: string;
                    /** @description YYYY-MM-DD */
                    on?: string;
                    /** @description 案件发生地行政区划代码 */
                    regionCode: string;
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
                            certificate: {
                                fields: string[];
                                number: string;
                                status: string;
                                statusName: string;
                                /** @description YYYY-MM-DD */
                                validTo: string;
                            } | null;
                            eligible: boolean;
                            name: string;
                            /** @description 不能承办的原因 */
                            reason: string | null;
                            self: boolean;
                            unitName: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/party-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 同一当事人的全部执法记录（按统一社会信用代码或身份证号，调阅留痕） */
        get: {
            parameters: {
                query?: {
                    creditCode?: string;
                    idNumber?: string;
                    reason?: string;
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
                            cases: {
                                /** @description 办案机关名称 */
                                agency: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                archivedAt: string | null;
                                /** @description 执法文书件数 */
                                documents: number;
                                /** @description 记录条数 */
                                events: number;
                                /** @description 音像记录等证据件数 */
                                evidence: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 案件编号 */
                                number: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                openedAt: string;
                                /** @description 案件状态代码 */
                                state: string;
                                /** @description 案由 */
                                title: string;
                            }[];
                            party: {
                                /** @description person 自然人 / org 单位 */
                                kind: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法程序清单 */
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
                            code: string;
                            description: string;
                            kind: string;
                            name: string;
                            numberWord: string;
                            version: string;
                        }[];
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
    "/api/v1/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法程序定义（环节、角色、文书、音像记录、期限） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                            code: string;
                            deadlines: {
                                code: string;
                                /** @description 延长期限的环节、延长的期限及可延长次数（默认一次）；须在期限届满前延长 */
                                extendBy?: {
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    step: string;
                                    times?: number;
                                };
                                /** @description 开始计算期限的环节 */
                                from: string;
                                /** @description 自当事人收到 from 环节送达的文书之日起计算 */
                                fromDelivery?: boolean;
                                /** @description 从该环节填写的日期起算（而非办理之日） */
                                fromInput?: string;
                                /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                limit: string;
                                name: string;
                                /** @description 不计入期限的时段：自 from 环节至 until 环节 */
                                pausedBy?: {
                                    from: string;
                                    until: string;
                                };
                                /** @description 办理其中任一环节即停止计算 */
                                until: string[];
                            }[];
                            description: string;
                            kind: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                            /** @description 立案时指派的执法人员人数；省略时为规则包的 officers.min */
                            minOfficersAtOpening?: number;
                            /** @description 如 行政处罚一般程序 */
                            name: string;
                            /** @description 案件编号中的类别字，如 罚 */
                            numberWord: string;
                            open: {
                                /** @description 法律依据 */
                                basis?: string;
                                code: string;
                                /** @description 本环节制作或需要的执法文书 */
                                documents: string[];
                                /** @description 本环节的记录作为哪一种证据（现场笔录、当事人的陈述……）进入送审材料 */
                                evidence?: string;
                                /** @description 可以从哪些状态办理；立案（受理）环节为空 */
                                from: string[];
                                /**
                                 * @description 决定环节：须经法制审核通过的拟作出的决定
                                 * @enum {string}
                                 */
                                gate?: "legal-review";
                                guards?: ({
                                    input: string;
                                    /** @description 规则包中的阈值代码，如 simple.fineMaxPerson */
                                    org: string;
                                    /** @description 规则包中的阈值代码，如 simple.fineMaxPerson */
                                    person: string;
                                    /** @enum {string} */
                                    type: "maxFineForParty";
                                } | {
                                    earlier: {
                                        input: string;
                                        step: string;
                                    };
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "notHeavierThan";
                                } | {
                                    /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                    fields: {
                                        confiscation?: string;
                                        fine?: string;
                                        sanctions: string;
                                    };
                                    notice: {
                                        /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                        fields: {
                                            confiscation?: string;
                                            fine?: string;
                                            sanctions: string;
                                        };
                                        step: string;
                                    };
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "sanctionsNotHeavier";
                                } | {
                                    /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                    fields: {
                                        confiscation?: string;
                                        fine?: string;
                                        sanctions: string;
                                    };
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "hearingRightFollows";
                                } | {
                                    /**
                                     * @description 只对当事人在线办理时适用
                                     * @enum {string}
                                     */
                                    appliesTo?: "party";
                                    notice: {
                                        /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                        fields: {
                                            confiscation?: string;
                                            fine?: string;
                                            sanctions: string;
                                        };
                                        input: string;
                                        step: string;
                                    };
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "hearingRightGiven";
                                } | {
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    steps: string[];
                                    /** @enum {string} */
                                    type: "actorNotFrom";
                                } | {
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "stepTaken";
                                } | {
                                    /** @description 记录该文书送达的环节：期限自当事人收到之日起计算 */
                                    delivery?: string;
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "windowPassed";
                                    unless: string[];
                                } | {
                                    approval: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "approvalHeld";
                                } | {
                                    after: string;
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "dateSince";
                                } | {
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "inputIn";
                                    values: string[];
                                } | {
                                    input: string;
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "dateNotBefore";
                                } | {
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "requiredWhen";
                                    when: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                } | {
                                    /**
                                     * @description 只对当事人在线办理时适用
                                     * @enum {string}
                                     */
                                    appliesTo?: "party";
                                    /** @description 记录该文书送达的环节：期限自当事人收到之日起计算 */
                                    delivery?: string;
                                    input?: string;
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "withinWindow";
                                } | {
                                    /**
                                     * @description 只对当事人在线办理时适用
                                     * @enum {string}
                                     */
                                    appliesTo?: "party";
                                    equals: string | boolean;
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "earlierInputEquals";
                                } | {
                                    end?: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    start: string;
                                    /** @enum {string} */
                                    type: "timeSpan";
                                } | {
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "stepTakenWhen";
                                    when: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                } | {
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    since: string;
                                    steps: string[];
                                    /** @enum {string} */
                                    type: "requiredIfTaken";
                                })[];
                                inputs: {
                                    choices?: {
                                        label: string;
                                        value: string;
                                    }[];
                                    /** @description 中文名称，用于表单和错误说明 */
                                    label: string;
                                    /** @description 文本的最大长度；金额的最大值 */
                                    max?: number;
                                    name: string;
                                    /** @description 只在另一填写项为某值时适用（如邮件号码只用于邮寄送达）；表单只在此时显示 */
                                    onlyWhen?: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                    /** @description 省略时为必填 */
                                    required?: boolean;
                                    /** @description sanctions：处罚种类列表，每项 { kind, amount?, days?, detail? }；datetime：北京时间的时刻 YYYY-MM-DDTHH:mm */
                                    type: "text" | "longtext" | "money" | "date" | "datetime" | "boolean" | "choice" | "officers" | "sanctions";
                                }[];
                                /** @description 环节名称，如 立案 */
                                name: string;
                                /** @description 须由本案持有效执法证的承办人员办理 */
                                officerAct?: boolean;
                                /** @description 当事人可凭告知书上的访问码在线办理 */
                                partyMay?: boolean;
                                /** @description 须由不少于规定人数的执法人员在场办理（填写项 officers） */
                                presentOfficers?: boolean;
                                /** @description 办理即作出须公示的执法决定 */
                                publish?: boolean;
                                /** @description 本环节须有的音像记录 */
                                recordings: {
                                    /** @description record 记录，full-process 全程音像记录 */
                                    level: "record" | "full-process";
                                    what: string;
                                }[];
                                roles: ("officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin")[];
                                stage: "启动" | "调查取证" | "审核" | "决定" | "送达" | "执行" | "结案" | "归档";
                                /** @description 办理后的状态；@same 表示状态不变 */
                                to: string;
                                /**
                                 * @description 只能由法制审核模块办理
                                 * @enum {string}
                                 */
                                via?: "legal-review";
                            };
                            states: {
                                /** @description 主线之外的结束方式（不予立案、移送等），到达后才在进度中显示 */
                                branch?: boolean;
                                code: string;
                                name: string;
                                terminal?: boolean;
                            }[];
                            steps: {
                                /** @description 法律依据 */
                                basis?: string;
                                code: string;
                                /** @description 本环节制作或需要的执法文书 */
                                documents: string[];
                                /** @description 本环节的记录作为哪一种证据（现场笔录、当事人的陈述……）进入送审材料 */
                                evidence?: string;
                                /** @description 可以从哪些状态办理；立案（受理）环节为空 */
                                from: string[];
                                /**
                                 * @description 决定环节：须经法制审核通过的拟作出的决定
                                 * @enum {string}
                                 */
                                gate?: "legal-review";
                                guards?: ({
                                    input: string;
                                    /** @description 规则包中的阈值代码，如 simple.fineMaxPerson */
                                    org: string;
                                    /** @description 规则包中的阈值代码，如 simple.fineMaxPerson */
                                    person: string;
                                    /** @enum {string} */
                                    type: "maxFineForParty";
                                } | {
                                    earlier: {
                                        input: string;
                                        step: string;
                                    };
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "notHeavierThan";
                                } | {
                                    /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                    fields: {
                                        confiscation?: string;
                                        fine?: string;
                                        sanctions: string;
                                    };
                                    notice: {
                                        /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                        fields: {
                                            confiscation?: string;
                                            fine?: string;
                                            sanctions: string;
                                        };
                                        step: string;
                                    };
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "sanctionsNotHeavier";
                                } | {
                                    /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                    fields: {
                                        confiscation?: string;
                                        fine?: string;
                                        sanctions: string;
                                    };
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "hearingRightFollows";
                                } | {
                                    /**
                                     * @description 只对当事人在线办理时适用
                                     * @enum {string}
                                     */
                                    appliesTo?: "party";
                                    notice: {
                                        /** @description 处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段 */
                                        fields: {
                                            confiscation?: string;
                                            fine?: string;
                                            sanctions: string;
                                        };
                                        input: string;
                                        step: string;
                                    };
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "hearingRightGiven";
                                } | {
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    steps: string[];
                                    /** @enum {string} */
                                    type: "actorNotFrom";
                                } | {
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "stepTaken";
                                } | {
                                    /** @description 记录该文书送达的环节：期限自当事人收到之日起计算 */
                                    delivery?: string;
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "windowPassed";
                                    unless: string[];
                                } | {
                                    approval: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "approvalHeld";
                                } | {
                                    after: string;
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "dateSince";
                                } | {
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "inputIn";
                                    values: string[];
                                } | {
                                    input: string;
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "dateNotBefore";
                                } | {
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    /** @enum {string} */
                                    type: "requiredWhen";
                                    when: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                } | {
                                    /**
                                     * @description 只对当事人在线办理时适用
                                     * @enum {string}
                                     */
                                    appliesTo?: "party";
                                    /** @description 记录该文书送达的环节：期限自当事人收到之日起计算 */
                                    delivery?: string;
                                    input?: string;
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "withinWindow";
                                } | {
                                    /**
                                     * @description 只对当事人在线办理时适用
                                     * @enum {string}
                                     */
                                    appliesTo?: "party";
                                    equals: string | boolean;
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "earlierInputEquals";
                                } | {
                                    end?: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    start: string;
                                    /** @enum {string} */
                                    type: "timeSpan";
                                } | {
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "stepTakenWhen";
                                    when: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                } | {
                                    input: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    since: string;
                                    steps: string[];
                                    /** @enum {string} */
                                    type: "requiredIfTaken";
                                })[];
                                inputs: {
                                    choices?: {
                                        label: string;
                                        value: string;
                                    }[];
                                    /** @description 中文名称，用于表单和错误说明 */
                                    label: string;
                                    /** @description 文本的最大长度；金额的最大值 */
                                    max?: number;
                                    name: string;
                                    /** @description 只在另一填写项为某值时适用（如邮件号码只用于邮寄送达）；表单只在此时显示 */
                                    onlyWhen?: {
                                        equals: string | boolean;
                                        input: string;
                                    };
                                    /** @description 省略时为必填 */
                                    required?: boolean;
                                    /** @description sanctions：处罚种类列表，每项 { kind, amount?, days?, detail? }；datetime：北京时间的时刻 YYYY-MM-DDTHH:mm */
                                    type: "text" | "longtext" | "money" | "date" | "datetime" | "boolean" | "choice" | "officers" | "sanctions";
                                }[];
                                /** @description 环节名称，如 立案 */
                                name: string;
                                /** @description 须由本案持有效执法证的承办人员办理 */
                                officerAct?: boolean;
                                /** @description 当事人可凭告知书上的访问码在线办理 */
                                partyMay?: boolean;
                                /** @description 须由不少于规定人数的执法人员在场办理（填写项 officers） */
                                presentOfficers?: boolean;
                                /** @description 办理即作出须公示的执法决定 */
                                publish?: boolean;
                                /** @description 本环节须有的音像记录 */
                                recordings: {
                                    /** @description record 记录，full-process 全程音像记录 */
                                    level: "record" | "full-process";
                                    what: string;
                                }[];
                                roles: ("officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin")[];
                                stage: "启动" | "调查取证" | "审核" | "决定" | "送达" | "执行" | "结案" | "归档";
                                /** @description 办理后的状态；@same 表示状态不变 */
                                to: string;
                                /**
                                 * @description 只能由法制审核模块办理
                                 * @enum {string}
                                 */
                                via?: "legal-review";
                            }[];
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/procedures/{code}/flowchart.mmd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法流程图（Mermaid） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["def-0"];
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
    "/api/v1/procedures/{code}/flowchart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法流程图（SVG） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": components["schemas"]["def-0"];
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
    "/api/v1/public/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索公示的执法决定（公开，分页用 nextCursor；总数在 500 条以内为精确值，否则为估计值） */
        get: {
            parameters: {
                query?: {
                    /** @description 执法机关统一社会信用代码 */
                    agency?: string;
                    /** @description 法律依据的条，如“124”或“第一百二十四条”（须同时给出 law） */
                    article?: string;
                    /** @description 当事人统一社会信用代码 */
                    creditCode?: string;
                    /** @description 上一页返回的 nextCursor */
                    cursor?: string;
                    /** @description 文书号（部分即可） */
                    docNumber?: string;
                    /** @description 罚款金额上限（元） */
                    fineMax?: number;
                    /** @description 罚款金额下限（元） */
                    fineMin?: number;
                    /** @description 决定日期起 YYYY-MM-DD */
                    from?: string;
                    /** @description 执法类别 */
                    kind?: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                    /** @description 法律依据：法律、法规或规章的名称，如“食品安全法”（可带书名号，可省略“中华人民共和国”） */
                    law?: string;
                    limit?: number;
                    /** @description 当事人名称（部分即可） */
                    party?: string;
                    /** @description 关键词（多个以空格分隔，须同时出现；任意两个字以上的子串均可检索） */
                    q?: string;
                    /** @description 地区：执法机关所在地的行政区划代码（6 位；乡镇 9 位），含其下级地区 */
                    region?: string;
                    sort?: "relevance" | "newest" | "oldest";
                    /** @description 决定日期止 YYYY-MM-DD */
                    to?: string;
                    /** @description 违法行为类型（完整名称） */
                    violation?: string;
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
                            facets: {
                                /** @description 按机关（前 20 个） */
                                agencies: {
                                    count: number;
                                    name: string;
                                    /** @description 机关统一社会信用代码 */
                                    value: string;
                                }[];
                                /** @description 按执法行为类别 */
                                kinds: {
                                    count: number;
                                    value: string;
                                }[];
                                /** @description true 时只统计了最新的 500 条 */
                                sampled: boolean;
                                /** @description 按违法行为类型（前 20 个） */
                                violations: {
                                    count: number;
                                    value: string;
                                }[];
                                /** @description 按决定年份，新的在前 */
                                years: {
                                    count: number;
                                    value: string;
                                }[];
                            };
                            items: {
                                agency: {
                                    /** @description 统一社会信用代码 */
                                    creditCode: string;
                                    name: string;
                                };
                                /** @description 处罚依据（如公示） */
                                basis: string | null;
                                /** @description 执法结论 */
                                conclusion: string;
                                /** @description YYYY-MM-DD */
                                decidedOn: string;
                                /** @description 文号 */
                                docNumber: string;
                                /** @description 违法事实中首个命中处前后的摘录（纯文本） */
                                excerpt: string;
                                /** @description 罚款金额（元） */
                                fineAmount: number | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 永久键：<机关统一社会信用代码>/<文号> */
                                key: string;
                                /** @description 执法行为类别 */
                                kind: string;
                                partyCreditCode: string | null;
                                /** @description 当事人名称（自然人已脱敏） */
                                partyName: string;
                                /** @description published 已公示，corrected 已更正，withdrawn 已撤下，expired 公示期满，stopped 信用修复后提前停止公示 */
                                status: "published" | "corrected" | "withdrawn" | "expired" | "stopped";
                                title: string;
                                /** @description 公示页面的路径 */
                                url: string;
                                /** @description 违法行为类型 */
                                violation: string | null;
                            }[];
                            /** @description 下一页的 cursor；没有下一页为 null */
                            nextCursor: string | null;
                            /** @description 不为 null 时结果不完整：只含已检索记录中的命中，请缩小检索范围 */
                            partial: {
                                /** @description 说明与缩小检索范围的建议（中文） */
                                message: string;
                                /** @description broad：条件过宽，完整检索需读取的记录超过上限；timeout：检索用时超过上限；busy：检索繁忙，本次未执行（未检索任何记录），请稍后再试 */
                                reason: "broad" | "timeout" | "busy";
                                /** @description 按决定日期顺序实际检索的记录数 */
                                records: number;
                                /** @description 检索到的最后一条记录的决定日期 */
                                through: string | (never | null);
                            } | null;
                            /** @description 检索词（规范化后） */
                            terms: string[];
                            total: {
                                /** @description false 时 value 为估计值 */
                                exact: boolean;
                                value: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/decisions/{credit}/{doc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项公示决定的数据：双公示数据项（代码为键）、状态、各版本记录、全文（如有） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit: string;
                    doc: string;
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
                            agency: {
                                /** @description 统一社会信用代码 */
                                creditCode: string;
                                name: string;
                            };
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*）；已撤下、期满或停止公示的为 null */
                            fields: {
                                [key: string]: string | null;
                            } | null;
                            /** @description 双公示数据集：penalty 行政处罚，license 行政许可，general 其他执法决定 */
                            fieldSet: "penalty" | "license" | "general";
                            /** @description 脱敏后的决定书全文（一般程序行政处罚）；没有全文或已不公示的为 null */
                            fullText: string | null;
                            /** @description 各版本和公示行为，旧的在前 */
                            history: {
                                /** @description 公示、更正、撤下、公示期满…… */
                                act: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                on: string;
                                reason: string | null;
                                version: number | null;
                            }[];
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description local 本平台，或推送数据的接入系统名称 */
                            source: string;
                            /** @description published 已公示，corrected 已更正，withdrawn 已撤下，expired 公示期满，stopped 信用修复后提前停止公示 */
                            status: "published" | "corrected" | "withdrawn" | "expired" | "stopped";
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            statusAt: string | null;
                            /** @description 更正、撤下或停止公示的理由 */
                            statusReason: string | null;
                            /** @description 公示页面的路径 */
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/draws/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双随机抽查的公开数据（R-PUB-6）：方案、冻结的名录库、承诺、种子及凭据、结果；`npx sanxiang draw verify <本地址>` 据此重新抽取核验 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    planId: string;
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
                            agency: {
                                creditCode: string;
                                name: string;
                            };
                            commitment: unknown;
                            commitmentHash: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            format: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            input: unknown;
                            result: unknown;
                            seed: string | null;
                            seedEvidence: unknown;
                            state: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/evaluations/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案卷评查抽取的公开数据：方案、各机关期间归档案卷的名单（案号，不含当事人信息）、承诺、种子及凭据、抽中的案卷；`npx sanxiang draw verify <本地址>` 据此核验 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    roundId: string;
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
                            commitment: unknown;
                            commitmentHash: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            committedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            drawnAt: string | null;
                            /** @enum {string} */
                            format: "sanxiang-evaluation/1";
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            input: unknown;
                            justice: {
                                creditCode: string;
                                name: string;
                            };
                            /** @description 记入承诺、其根哈希作为种子的账本所属机关 */
                            ledgerAgency: {
                                creditCode: string;
                                name: string;
                            };
                            result: unknown;
                            seed: string | null;
                            seedEvidence: unknown;
                            state: "committed" | "drawn" | "returned";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/officers/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法人员核验（R-PUB-2）：按执法证号查询执法证状态、所在机关、执法类别、执法区域 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 执法证号 */
                    number: string;
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
                            /** @description 所在机关（执法主体） */
                            agency: {
                                /** @description 统一社会信用代码 */
                                creditCode: string;
                                name: string;
                            };
                            /** @description 状态计算所依据的日期（北京时间） */
                            checkedOn: string;
                            /** @description 执法类别 */
                            fields: string[];
                            /** @description 姓名 */
                            holder: string;
                            /** @description 执法证号 */
                            number: string;
                            /** @description 职务 */
                            post: string;
                            /** @description 执法区域 */
                            regions: {
                                code: string;
                                name: string;
                            }[];
                            status: "valid" | "suspended" | "revoked" | "inspection-failed" | "expired" | "not-yet-valid";
                            /** @description 有效 / 暂扣 / 吊销 / 年检未通过 / 已过期 / 未生效 */
                            statusName: string;
                            /** @description 暂扣、吊销或年检未通过的起始日期 */
                            statusSince: string | null;
                            /** @description 所在机构 */
                            unit: string | null;
                            /** @description 核验页面地址（二维码内容） */
                            url: string;
                            validFrom: string;
                            validTo: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/public/parties/{credit}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当事人公示信息：一个法人或非法人组织（按统一社会信用代码）在各机关公示的全部执法决定，含公示期和状态 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    credit: string;
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
                            counts: {
                                ended: number;
                                public: number;
                                repaired: number;
                                withdrawn: number;
                            };
                            /** @description 统一社会信用代码 */
                            creditCode: string;
                            decisions: {
                                agency: {
                                    creditCode: string;
                                    name: string;
                                };
                                corrected: boolean;
                                /** @description YYYY-MM-DD */
                                decidedOn: string;
                                docNumber: string;
                                /** @description YYYY-MM-DD */
                                endedOn: string | null;
                                /** @description 执法行为类别，如 行政处罚、行政许可 */
                                kind: string;
                                partyName: string;
                                /** @description YYYY-MM-DD */
                                publicUntil: string | null;
                                /** @description YYYY-MM-DD */
                                publishedOn: string;
                                reason: string | null;
                                /** @description public 公示中，ended 已届满（公示期满），withdrawn 已撤下，repaired 已修复（信用修复后提前停止公示） */
                                state: "public" | "ended" | "withdrawn" | "repaired";
                                stateName: string;
                                title: string;
                                /** @description 决定页面的路径 */
                                url: string;
                            }[];
                            /** @description 最新一项决定公示的当事人名称 */
                            name: string;
                            /** @description 其他决定中公示的名称（如更名前的名称） */
                            otherNames: string[];
                            /** @description 决定超过 500 项时只列出最新的 500 项 */
                            truncated: boolean;
                            /** @description 当事人页面的路径 */
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示记录：待公示、已公示、待撤下……及法定期限、逾期标记（司法局可见辖区内全部机关） */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
                    limit?: number;
                    overdue?: boolean;
                    /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                    state?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
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
                                agency: {
                                    creditCode: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string;
                                /** @description YYYY-MM-DD */
                                decidedOn: string;
                                /** @description 文号 */
                                docNumber: string;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** @description 须公开决定书全文 */
                                fullText: boolean;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 执法行为类别 */
                                kind: string;
                                /** @description 逾期未公示或逾期未撤下 */
                                overdue: boolean;
                                /** @description 公示截止期 */
                                publicUntil: string | (never | null);
                                publishedLate: boolean;
                                /** @description YYYY-MM-DD */
                                publishedOn: string | null;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                stateName: string;
                                title: string;
                                /** @description 公示页面的路径；尚未公示为 null */
                                url: string | null;
                                /** @description 已公示的版本；尚未公示为 0 */
                                version: number;
                                /** @description 应撤下的期限 */
                                withdrawalDueOn: string | (never | null);
                            }[];
                            /** @description YYYY-MM-DD */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条公示记录：各版本（数据项、公示文本、脱敏记录、理由）与全部操作 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description 作出决定的机关：公示由该机关办理
                             */
                            agencyId: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用 */
                            earlyStop: {
                                /** @description 本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验） */
                                allowed: boolean;
                                /** @description 允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null */
                                basis: string | null;
                                /** @description 不适用的原因；适用为 null */
                                reason: string | null;
                            };
                            events: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人；系统办理为“系统” */
                                by: string;
                                /** @description 行为的内容，因行为而异（已计入摘要值） */
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description 记录的摘要值（hex） */
                                hash: string;
                                /** @description 行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）…… */
                                kind: string;
                                seq: number;
                            }[];
                            /** @description 须全文公开的文书种类 */
                            fullTextDocument: string | null;
                            /** @description 登记的撤下事由；没有为 null */
                            ground: {
                                /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                                ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                                /** @description YYYY-MM-DD */
                                groundOn: string;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                previousState?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                reason: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            stateName: string;
                            /** @description 已公示的版本；尚未公示为 0 */
                            version: number;
                            versions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                approvedAt: string;
                                /** @description 审核人；自动公示为“系统（自动公示）” */
                                approvedBy: string;
                                /** @description 全文所依据的决定书 */
                                documentId: string | (never | null);
                                /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*） */
                                fields: {
                                    [key: string]: string | null;
                                };
                                /** @description 本版所依据的人工标注和更正 */
                                marks: {
                                    /** @description 全文上的人工标注 */
                                    body: {
                                        /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                        confirm?: "hide" | "publish";
                                        end: number;
                                        /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                        reason: string;
                                        start: number;
                                    }[];
                                    /** @description 更正的数据项及其更正后的值 */
                                    corrections: {
                                        [key: string]: string | null;
                                    };
                                    /** @description 数据项上的人工标注，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                            confirm?: "hide" | "publish";
                                            end: number;
                                            /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                            reason: string;
                                            start: number;
                                        }[];
                                    };
                                };
                                /** @description 决定书原文的 SHA-256 */
                                originalSha256: string | null;
                                /** @description 公示的全文（脱敏后） */
                                publishedText: string | null;
                                reason: string;
                                redactions: {
                                    /** @description 全文中隐去之处 */
                                    body: {
                                        /**
                                         * @description 公示管理员已确认隐去
                                         * @enum {string}
                                         */
                                        confirmed?: "hide";
                                        /** @description 原文中的结束位置（不含） */
                                        end: number;
                                        /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                        label: string;
                                        length: number;
                                        /** @description 公示文本中的替代文字 */
                                        replacement: string;
                                        /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                        rule: string;
                                        /** @description 原文中的起始位置 */
                                        start: number;
                                        /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                        uncertain?: boolean;
                                    }[];
                                    /** @description 数据项中隐去之处，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /**
                                             * @description 公示管理员已确认隐去
                                             * @enum {string}
                                             */
                                            confirmed?: "hide";
                                            /** @description 原文中的结束位置（不含） */
                                            end: number;
                                            /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                            label: string;
                                            length: number;
                                            /** @description 公示文本中的替代文字 */
                                            replacement: string;
                                            /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                            rule: string;
                                            /** @description 原文中的起始位置 */
                                            start: number;
                                            /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                            uncertain?: boolean;
                                        }[];
                                    };
                                };
                                /** @description 所用的脱敏规则集 */
                                ruleSet: {
                                    /** @description 规则集摘要 */
                                    digest: string;
                                    name: string;
                                    version: string;
                                };
                                version: number;
                            }[];
                            /** @description 应撤下的期限 */
                            withdrawalDueOn: string | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正（R-PUB-5）：发布新版本并写明理由，旧版本保留；发现错误后 20 个工作日内 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fieldCorrections?: {
                            [key: string]: string | null;
                        };
                        fieldMarks?: {
                            [key: string]: {
                                /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                confirm?: "hide" | "publish";
                                end: number;
                                reason: string;
                                start: number;
                            }[];
                        };
                        /** @description YYYY-MM-DD */
                        foundOn?: string;
                        marks?: {
                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                            confirm?: "hide" | "publish";
                            end: number;
                            reason: string;
                            start: number;
                        }[];
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description 作出决定的机关：公示由该机关办理
                             */
                            agencyId: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用 */
                            earlyStop: {
                                /** @description 本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验） */
                                allowed: boolean;
                                /** @description 允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null */
                                basis: string | null;
                                /** @description 不适用的原因；适用为 null */
                                reason: string | null;
                            };
                            events: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人；系统办理为“系统” */
                                by: string;
                                /** @description 行为的内容，因行为而异（已计入摘要值） */
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description 记录的摘要值（hex） */
                                hash: string;
                                /** @description 行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）…… */
                                kind: string;
                                seq: number;
                            }[];
                            /** @description 须全文公开的文书种类 */
                            fullTextDocument: string | null;
                            /** @description 登记的撤下事由；没有为 null */
                            ground: {
                                /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                                ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                                /** @description YYYY-MM-DD */
                                groundOn: string;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                previousState?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                reason: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            stateName: string;
                            /** @description 已公示的版本；尚未公示为 0 */
                            version: number;
                            versions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                approvedAt: string;
                                /** @description 审核人；自动公示为“系统（自动公示）” */
                                approvedBy: string;
                                /** @description 全文所依据的决定书 */
                                documentId: string | (never | null);
                                /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*） */
                                fields: {
                                    [key: string]: string | null;
                                };
                                /** @description 本版所依据的人工标注和更正 */
                                marks: {
                                    /** @description 全文上的人工标注 */
                                    body: {
                                        /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                        confirm?: "hide" | "publish";
                                        end: number;
                                        /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                        reason: string;
                                        start: number;
                                    }[];
                                    /** @description 更正的数据项及其更正后的值 */
                                    corrections: {
                                        [key: string]: string | null;
                                    };
                                    /** @description 数据项上的人工标注，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                            confirm?: "hide" | "publish";
                                            end: number;
                                            /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                            reason: string;
                                            start: number;
                                        }[];
                                    };
                                };
                                /** @description 决定书原文的 SHA-256 */
                                originalSha256: string | null;
                                /** @description 公示的全文（脱敏后） */
                                publishedText: string | null;
                                reason: string;
                                redactions: {
                                    /** @description 全文中隐去之处 */
                                    body: {
                                        /**
                                         * @description 公示管理员已确认隐去
                                         * @enum {string}
                                         */
                                        confirmed?: "hide";
                                        /** @description 原文中的结束位置（不含） */
                                        end: number;
                                        /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                        label: string;
                                        length: number;
                                        /** @description 公示文本中的替代文字 */
                                        replacement: string;
                                        /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                        rule: string;
                                        /** @description 原文中的起始位置 */
                                        start: number;
                                        /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                        uncertain?: boolean;
                                    }[];
                                    /** @description 数据项中隐去之处，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /**
                                             * @description 公示管理员已确认隐去
                                             * @enum {string}
                                             */
                                            confirmed?: "hide";
                                            /** @description 原文中的结束位置（不含） */
                                            end: number;
                                            /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                            label: string;
                                            length: number;
                                            /** @description 公示文本中的替代文字 */
                                            replacement: string;
                                            /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                            rule: string;
                                            /** @description 原文中的起始位置 */
                                            start: number;
                                            /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                            uncertain?: boolean;
                                        }[];
                                    };
                                };
                                /** @description 所用的脱敏规则集 */
                                ruleSet: {
                                    /** @description 规则集摘要 */
                                    digest: string;
                                    name: string;
                                    version: string;
                                };
                                version: number;
                            }[];
                            /** @description 应撤下的期限 */
                            withdrawalDueOn: string | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示前对照：浏览器请求 text/html 时返回对照页面，否则与 POST 相同的 JSON（须说明调阅事由） */
        get: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            /** @description 文号 */
                            docNumber: string;
                            documentSha256: string | null;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 数据项中隐去之处，键为数据项代码 */
                            fieldRedactions: {
                                [key: string]: {
                                    /**
                                     * @description 公示管理员已确认隐去
                                     * @enum {string}
                                     */
                                    confirmed?: "hide";
                                    /** @description 原文中的结束位置（不含） */
                                    end: number;
                                    /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                    label: string;
                                    length: number;
                                    /** @description 公示文本中的替代文字 */
                                    replacement: string;
                                    /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                    rule: string;
                                    /** @description 原文中的起始位置 */
                                    start: number;
                                    /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                    uncertain?: boolean;
                                }[];
                            };
                            fields: {
                                /** @description 数据项代码 */
                                code: string;
                                /** @description 数据项名称 */
                                name: string;
                                original: string | null;
                                published: string | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 规则匹配到但依规不隐去之处（执法证号、机关电话……） */
                            kept: {
                                end: number;
                                /** @description 匹配到的脱敏规则代码 */
                                rule: string;
                                start: number;
                                /** @description 未隐去的原因 */
                                why: string;
                            }[];
                            /** @description 决定书原文（内部） */
                            original: string | null;
                            /** @description 公示的全文 */
                            published: string | null;
                            /** @description 全文中隐去之处 */
                            redactions: {
                                /**
                                 * @description 公示管理员已确认隐去
                                 * @enum {string}
                                 */
                                confirmed?: "hide";
                                /** @description 原文中的结束位置（不含） */
                                end: number;
                                /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                label: string;
                                length: number;
                                /** @description 公示文本中的替代文字 */
                                replacement: string;
                                /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                rule: string;
                                /** @description 原文中的起始位置 */
                                start: number;
                                /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                uncertain?: boolean;
                            }[];
                            /** @description 所用的脱敏规则集 */
                            ruleSet: {
                                /** @description 规则集摘要 */
                                digest: string;
                                name: string;
                                version: string;
                            };
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            /** @description 公示标题（脱敏后） */
                            title: string;
                            /** @description 请确认：规则不能确定、尚未决定隐去或公开之处（确认前隐去；尚有待确认的不能公示或更正） */
                            unconfirmed: {
                                /** @description 待确认之处的数目（全文与各数据项）；为 0 方可公示 */
                                count: number;
                                items: {
                                    /** @description 结束位置（不含） */
                                    end: number;
                                    /** @description 规则名称，如 自然人姓名 */
                                    label: string;
                                    /** @description 脱敏规则代码 */
                                    rule: string;
                                    /** @description 在该文本中的起始位置 */
                                    start: number;
                                    /** @description 原文文字 */
                                    text: string;
                                    /** @description body 为决定书全文，否则为数据项代码 */
                                    where: string;
                                    /** @description 决定书全文或数据项名称 */
                                    whereName: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 公示前对照：原文与脱敏后文本并列，列出每处隐去及所依规则或人工标注（仅本机关公示管理员、负责人；须说明调阅事由，记入调阅记录） */
        post: {
            parameters: {
                query?: {
                    /** @description 调阅事由（本案承办人员可省略） */
                    reason?: string;
                };
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fieldMarks?: {
                            [key: string]: {
                                /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                confirm?: "hide" | "publish";
                                end: number;
                                reason: string;
                                start: number;
                            }[];
                        };
                        marks?: {
                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                            confirm?: "hide" | "publish";
                            end: number;
                            reason: string;
                            start: number;
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
                            /** @description 文号 */
                            docNumber: string;
                            documentSha256: string | null;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 数据项中隐去之处，键为数据项代码 */
                            fieldRedactions: {
                                [key: string]: {
                                    /**
                                     * @description 公示管理员已确认隐去
                                     * @enum {string}
                                     */
                                    confirmed?: "hide";
                                    /** @description 原文中的结束位置（不含） */
                                    end: number;
                                    /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                    label: string;
                                    length: number;
                                    /** @description 公示文本中的替代文字 */
                                    replacement: string;
                                    /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                    rule: string;
                                    /** @description 原文中的起始位置 */
                                    start: number;
                                    /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                    uncertain?: boolean;
                                }[];
                            };
                            fields: {
                                /** @description 数据项代码 */
                                code: string;
                                /** @description 数据项名称 */
                                name: string;
                                original: string | null;
                                published: string | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 规则匹配到但依规不隐去之处（执法证号、机关电话……） */
                            kept: {
                                end: number;
                                /** @description 匹配到的脱敏规则代码 */
                                rule: string;
                                start: number;
                                /** @description 未隐去的原因 */
                                why: string;
                            }[];
                            /** @description 决定书原文（内部） */
                            original: string | null;
                            /** @description 公示的全文 */
                            published: string | null;
                            /** @description 全文中隐去之处 */
                            redactions: {
                                /**
                                 * @description 公示管理员已确认隐去
                                 * @enum {string}
                                 */
                                confirmed?: "hide";
                                /** @description 原文中的结束位置（不含） */
                                end: number;
                                /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                label: string;
                                length: number;
                                /** @description 公示文本中的替代文字 */
                                replacement: string;
                                /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                rule: string;
                                /** @description 原文中的起始位置 */
                                start: number;
                                /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                uncertain?: boolean;
                            }[];
                            /** @description 所用的脱敏规则集 */
                            ruleSet: {
                                /** @description 规则集摘要 */
                                digest: string;
                                name: string;
                                version: string;
                            };
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            /** @description 公示标题（脱敏后） */
                            title: string;
                            /** @description 请确认：规则不能确定、尚未决定隐去或公开之处（确认前隐去；尚有待确认的不能公示或更正） */
                            unconfirmed: {
                                /** @description 待确认之处的数目（全文与各数据项）；为 0 方可公示 */
                                count: number;
                                items: {
                                    /** @description 结束位置（不含） */
                                    end: number;
                                    /** @description 规则名称，如 自然人姓名 */
                                    label: string;
                                    /** @description 脱敏规则代码 */
                                    rule: string;
                                    /** @description 在该文本中的起始位置 */
                                    start: number;
                                    /** @description 原文文字 */
                                    text: string;
                                    /** @description body 为决定书全文，否则为数据项代码 */
                                    where: string;
                                    /** @description 决定书全文或数据项名称 */
                                    whereName: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过并公示（公示管理员）：按记录的规则与人工标注生成公示文本 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fieldMarks?: {
                            [key: string]: {
                                /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                confirm?: "hide" | "publish";
                                end: number;
                                reason: string;
                                start: number;
                            }[];
                        };
                        marks?: {
                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                            confirm?: "hide" | "publish";
                            end: number;
                            reason: string;
                            start: number;
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
                             * Format: uuid
                             * @description 作出决定的机关：公示由该机关办理
                             */
                            agencyId: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用 */
                            earlyStop: {
                                /** @description 本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验） */
                                allowed: boolean;
                                /** @description 允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null */
                                basis: string | null;
                                /** @description 不适用的原因；适用为 null */
                                reason: string | null;
                            };
                            events: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人；系统办理为“系统” */
                                by: string;
                                /** @description 行为的内容，因行为而异（已计入摘要值） */
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description 记录的摘要值（hex） */
                                hash: string;
                                /** @description 行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）…… */
                                kind: string;
                                seq: number;
                            }[];
                            /** @description 须全文公开的文书种类 */
                            fullTextDocument: string | null;
                            /** @description 登记的撤下事由；没有为 null */
                            ground: {
                                /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                                ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                                /** @description YYYY-MM-DD */
                                groundOn: string;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                previousState?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                reason: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            stateName: string;
                            /** @description 已公示的版本；尚未公示为 0 */
                            version: number;
                            versions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                approvedAt: string;
                                /** @description 审核人；自动公示为“系统（自动公示）” */
                                approvedBy: string;
                                /** @description 全文所依据的决定书 */
                                documentId: string | (never | null);
                                /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*） */
                                fields: {
                                    [key: string]: string | null;
                                };
                                /** @description 本版所依据的人工标注和更正 */
                                marks: {
                                    /** @description 全文上的人工标注 */
                                    body: {
                                        /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                        confirm?: "hide" | "publish";
                                        end: number;
                                        /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                        reason: string;
                                        start: number;
                                    }[];
                                    /** @description 更正的数据项及其更正后的值 */
                                    corrections: {
                                        [key: string]: string | null;
                                    };
                                    /** @description 数据项上的人工标注，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                            confirm?: "hide" | "publish";
                                            end: number;
                                            /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                            reason: string;
                                            start: number;
                                        }[];
                                    };
                                };
                                /** @description 决定书原文的 SHA-256 */
                                originalSha256: string | null;
                                /** @description 公示的全文（脱敏后） */
                                publishedText: string | null;
                                reason: string;
                                redactions: {
                                    /** @description 全文中隐去之处 */
                                    body: {
                                        /**
                                         * @description 公示管理员已确认隐去
                                         * @enum {string}
                                         */
                                        confirmed?: "hide";
                                        /** @description 原文中的结束位置（不含） */
                                        end: number;
                                        /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                        label: string;
                                        length: number;
                                        /** @description 公示文本中的替代文字 */
                                        replacement: string;
                                        /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                        rule: string;
                                        /** @description 原文中的起始位置 */
                                        start: number;
                                        /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                        uncertain?: boolean;
                                    }[];
                                    /** @description 数据项中隐去之处，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /**
                                             * @description 公示管理员已确认隐去
                                             * @enum {string}
                                             */
                                            confirmed?: "hide";
                                            /** @description 原文中的结束位置（不含） */
                                            end: number;
                                            /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                            label: string;
                                            length: number;
                                            /** @description 公示文本中的替代文字 */
                                            replacement: string;
                                            /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                            rule: string;
                                            /** @description 原文中的起始位置 */
                                            start: number;
                                            /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                            uncertain?: boolean;
                                        }[];
                                    };
                                };
                                /** @description 所用的脱敏规则集 */
                                ruleSet: {
                                    /** @description 规则集摘要 */
                                    digest: string;
                                    name: string;
                                    version: string;
                                };
                                version: number;
                            }[];
                            /** @description 应撤下的期限 */
                            withdrawalDueOn: string | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 信用修复后提前停止公示（记录修复决定与理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 公示管理员依信用修复决定确认、平台自身无法核实的条件 */
                        confirmed?: {
                            /** @description 已经主动消除危害后果和不良影响（市场监管公示规定第十四条第一款第二项） */
                            harmRemoved?: boolean;
                            /** @description 未在经营异常名录和严重违法失信名单中（第十四条第一款第四项） */
                            notListed?: boolean;
                        };
                        reason: string;
                        repairDecision: string;
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
                             * Format: uuid
                             * @description 作出决定的机关：公示由该机关办理
                             */
                            agencyId: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用 */
                            earlyStop: {
                                /** @description 本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验） */
                                allowed: boolean;
                                /** @description 允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null */
                                basis: string | null;
                                /** @description 不适用的原因；适用为 null */
                                reason: string | null;
                            };
                            events: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人；系统办理为“系统” */
                                by: string;
                                /** @description 行为的内容，因行为而异（已计入摘要值） */
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description 记录的摘要值（hex） */
                                hash: string;
                                /** @description 行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）…… */
                                kind: string;
                                seq: number;
                            }[];
                            /** @description 须全文公开的文书种类 */
                            fullTextDocument: string | null;
                            /** @description 登记的撤下事由；没有为 null */
                            ground: {
                                /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                                ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                                /** @description YYYY-MM-DD */
                                groundOn: string;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                previousState?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                reason: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            stateName: string;
                            /** @description 已公示的版本；尚未公示为 0 */
                            version: number;
                            versions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                approvedAt: string;
                                /** @description 审核人；自动公示为“系统（自动公示）” */
                                approvedBy: string;
                                /** @description 全文所依据的决定书 */
                                documentId: string | (never | null);
                                /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*） */
                                fields: {
                                    [key: string]: string | null;
                                };
                                /** @description 本版所依据的人工标注和更正 */
                                marks: {
                                    /** @description 全文上的人工标注 */
                                    body: {
                                        /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                        confirm?: "hide" | "publish";
                                        end: number;
                                        /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                        reason: string;
                                        start: number;
                                    }[];
                                    /** @description 更正的数据项及其更正后的值 */
                                    corrections: {
                                        [key: string]: string | null;
                                    };
                                    /** @description 数据项上的人工标注，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                            confirm?: "hide" | "publish";
                                            end: number;
                                            /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                            reason: string;
                                            start: number;
                                        }[];
                                    };
                                };
                                /** @description 决定书原文的 SHA-256 */
                                originalSha256: string | null;
                                /** @description 公示的全文（脱敏后） */
                                publishedText: string | null;
                                reason: string;
                                redactions: {
                                    /** @description 全文中隐去之处 */
                                    body: {
                                        /**
                                         * @description 公示管理员已确认隐去
                                         * @enum {string}
                                         */
                                        confirmed?: "hide";
                                        /** @description 原文中的结束位置（不含） */
                                        end: number;
                                        /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                        label: string;
                                        length: number;
                                        /** @description 公示文本中的替代文字 */
                                        replacement: string;
                                        /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                        rule: string;
                                        /** @description 原文中的起始位置 */
                                        start: number;
                                        /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                        uncertain?: boolean;
                                    }[];
                                    /** @description 数据项中隐去之处，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /**
                                             * @description 公示管理员已确认隐去
                                             * @enum {string}
                                             */
                                            confirmed?: "hide";
                                            /** @description 原文中的结束位置（不含） */
                                            end: number;
                                            /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                            label: string;
                                            length: number;
                                            /** @description 公示文本中的替代文字 */
                                            replacement: string;
                                            /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                            rule: string;
                                            /** @description 原文中的起始位置 */
                                            start: number;
                                            /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                            uncertain?: boolean;
                                        }[];
                                    };
                                };
                                /** @description 所用的脱敏规则集 */
                                ruleSet: {
                                    /** @description 规则集摘要 */
                                    digest: string;
                                    name: string;
                                    version: string;
                                };
                                version: number;
                            }[];
                            /** @description 应撤下的期限 */
                            withdrawalDueOn: string | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤下（公示管理员）：已登记事由的直接撤下，否则须同时写明事由 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                        ground?: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                        /** @description YYYY-MM-DD */
                        groundOn?: string;
                        reason?: string;
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
                             * Format: uuid
                             * @description 作出决定的机关：公示由该机关办理
                             */
                            agencyId: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用 */
                            earlyStop: {
                                /** @description 本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验） */
                                allowed: boolean;
                                /** @description 允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null */
                                basis: string | null;
                                /** @description 不适用的原因；适用为 null */
                                reason: string | null;
                            };
                            events: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人；系统办理为“系统” */
                                by: string;
                                /** @description 行为的内容，因行为而异（已计入摘要值） */
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description 记录的摘要值（hex） */
                                hash: string;
                                /** @description 行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）…… */
                                kind: string;
                                seq: number;
                            }[];
                            /** @description 须全文公开的文书种类 */
                            fullTextDocument: string | null;
                            /** @description 登记的撤下事由；没有为 null */
                            ground: {
                                /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                                ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                                /** @description YYYY-MM-DD */
                                groundOn: string;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                previousState?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                reason: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            stateName: string;
                            /** @description 已公示的版本；尚未公示为 0 */
                            version: number;
                            versions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                approvedAt: string;
                                /** @description 审核人；自动公示为“系统（自动公示）” */
                                approvedBy: string;
                                /** @description 全文所依据的决定书 */
                                documentId: string | (never | null);
                                /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*） */
                                fields: {
                                    [key: string]: string | null;
                                };
                                /** @description 本版所依据的人工标注和更正 */
                                marks: {
                                    /** @description 全文上的人工标注 */
                                    body: {
                                        /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                        confirm?: "hide" | "publish";
                                        end: number;
                                        /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                        reason: string;
                                        start: number;
                                    }[];
                                    /** @description 更正的数据项及其更正后的值 */
                                    corrections: {
                                        [key: string]: string | null;
                                    };
                                    /** @description 数据项上的人工标注，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                            confirm?: "hide" | "publish";
                                            end: number;
                                            /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                            reason: string;
                                            start: number;
                                        }[];
                                    };
                                };
                                /** @description 决定书原文的 SHA-256 */
                                originalSha256: string | null;
                                /** @description 公示的全文（脱敏后） */
                                publishedText: string | null;
                                reason: string;
                                redactions: {
                                    /** @description 全文中隐去之处 */
                                    body: {
                                        /**
                                         * @description 公示管理员已确认隐去
                                         * @enum {string}
                                         */
                                        confirmed?: "hide";
                                        /** @description 原文中的结束位置（不含） */
                                        end: number;
                                        /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                        label: string;
                                        length: number;
                                        /** @description 公示文本中的替代文字 */
                                        replacement: string;
                                        /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                        rule: string;
                                        /** @description 原文中的起始位置 */
                                        start: number;
                                        /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                        uncertain?: boolean;
                                    }[];
                                    /** @description 数据项中隐去之处，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /**
                                             * @description 公示管理员已确认隐去
                                             * @enum {string}
                                             */
                                            confirmed?: "hide";
                                            /** @description 原文中的结束位置（不含） */
                                            end: number;
                                            /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                            label: string;
                                            length: number;
                                            /** @description 公示文本中的替代文字 */
                                            replacement: string;
                                            /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                            rule: string;
                                            /** @description 原文中的起始位置 */
                                            start: number;
                                            /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                            uncertain?: boolean;
                                        }[];
                                    };
                                };
                                /** @description 所用的脱敏规则集 */
                                ruleSet: {
                                    /** @description 规则集摘要 */
                                    digest: string;
                                    name: string;
                                    version: string;
                                };
                                version: number;
                            }[];
                            /** @description 应撤下的期限 */
                            withdrawalDueOn: string | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/publications/{id}/withdrawal-ground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记撤下事由（决定被撤销、确认违法或责令重作）：行政处罚 3 个工作日内撤下，其他 20 个工作日内 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                        ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                        /** @description YYYY-MM-DD */
                        groundOn: string;
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
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description 作出决定的机关：公示由该机关办理
                             */
                            agencyId: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            /** @description YYYY-MM-DD */
                            decidedOn: string;
                            /** @description 文号 */
                            docNumber: string;
                            /** @description YYYY-MM-DD */
                            dueOn: string;
                            /** @description 信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用 */
                            earlyStop: {
                                /** @description 本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验） */
                                allowed: boolean;
                                /** @description 允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null */
                                basis: string | null;
                                /** @description 不适用的原因；适用为 null */
                                reason: string | null;
                            };
                            events: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                at: string;
                                /** @description 办理人；系统办理为“系统” */
                                by: string;
                                /** @description 行为的内容，因行为而异（已计入摘要值） */
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description 记录的摘要值（hex） */
                                hash: string;
                                /** @description 行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）…… */
                                kind: string;
                                seq: number;
                            }[];
                            /** @description 须全文公开的文书种类 */
                            fullTextDocument: string | null;
                            /** @description 登记的撤下事由；没有为 null */
                            ground: {
                                /** @description revoked=被撤销；changed=被依法变更；confirmed-illegal=被确认违法；confirmed-void=被确认无效；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                                ground: "revoked" | "changed" | "confirmed-illegal" | "confirmed-void" | "ordered-remade" | "revoked-by-agency";
                                /** @description YYYY-MM-DD */
                                groundOn: string;
                                /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                                previousState?: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                                reason: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法行为类别 */
                            kind: string;
                            /** @description 公示截止期 */
                            publicUntil: string | (never | null);
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示 */
                            state: "pending" | "published" | "withdrawal-pending" | "withdrawn" | "expired" | "stopped";
                            stateName: string;
                            /** @description 已公示的版本；尚未公示为 0 */
                            version: number;
                            versions: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 时间（UTC）
                                 */
                                approvedAt: string;
                                /** @description 审核人；自动公示为“系统（自动公示）” */
                                approvedBy: string;
                                /** @description 全文所依据的决定书 */
                                documentId: string | (never | null);
                                /** @description 双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*） */
                                fields: {
                                    [key: string]: string | null;
                                };
                                /** @description 本版所依据的人工标注和更正 */
                                marks: {
                                    /** @description 全文上的人工标注 */
                                    body: {
                                        /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                        confirm?: "hide" | "publish";
                                        end: number;
                                        /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                        reason: string;
                                        start: number;
                                    }[];
                                    /** @description 更正的数据项及其更正后的值 */
                                    corrections: {
                                        [key: string]: string | null;
                                    };
                                    /** @description 数据项上的人工标注，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /** @description 请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定） */
                                            confirm?: "hide" | "publish";
                                            end: number;
                                            /** @description 隐去的理由，如 商业秘密；确认时为确认的理由 */
                                            reason: string;
                                            start: number;
                                        }[];
                                    };
                                };
                                /** @description 决定书原文的 SHA-256 */
                                originalSha256: string | null;
                                /** @description 公示的全文（脱敏后） */
                                publishedText: string | null;
                                reason: string;
                                redactions: {
                                    /** @description 全文中隐去之处 */
                                    body: {
                                        /**
                                         * @description 公示管理员已确认隐去
                                         * @enum {string}
                                         */
                                        confirmed?: "hide";
                                        /** @description 原文中的结束位置（不含） */
                                        end: number;
                                        /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                        label: string;
                                        length: number;
                                        /** @description 公示文本中的替代文字 */
                                        replacement: string;
                                        /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                        rule: string;
                                        /** @description 原文中的起始位置 */
                                        start: number;
                                        /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                        uncertain?: boolean;
                                    }[];
                                    /** @description 数据项中隐去之处，键为数据项代码 */
                                    fields: {
                                        [key: string]: {
                                            /**
                                             * @description 公示管理员已确认隐去
                                             * @enum {string}
                                             */
                                            confirmed?: "hide";
                                            /** @description 原文中的结束位置（不含） */
                                            end: number;
                                            /** @description 隐去的内容类别，如 身份证号码、商业秘密 */
                                            label: string;
                                            length: number;
                                            /** @description 公示文本中的替代文字 */
                                            replacement: string;
                                            /** @description 脱敏规则代码（如 id-number、person-name），人工标注为 manual */
                                            rule: string;
                                            /** @description 原文中的起始位置 */
                                            start: number;
                                            /** @description 请确认：规则不能确定是否为个人信息，确认前隐去 */
                                            uncertain?: boolean;
                                        }[];
                                    };
                                };
                                /** @description 所用的脱敏规则集 */
                                ruleSet: {
                                    /** @description 规则集摘要 */
                                    digest: string;
                                    name: string;
                                    version: string;
                                };
                                version: number;
                            }[];
                            /** @description 应撤下的期限 */
                            withdrawalDueOn: string | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法资格一览（执法证、年度培训学时、年检） */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
                    year?: number;
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
                            officers: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                agencyId: string;
                                certificate: {
                                    daysToExpiry: number;
                                    fields: string[];
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    nearExpiry: boolean;
                                    number: string;
                                    planned: {
                                        /** @description YYYY-MM-DD */
                                        from: string;
                                        reason: string;
                                        status: string;
                                        statusName: string;
                                    } | null;
                                    regions: string[];
                                    status: string;
                                    statusName: string;
                                    statusReason: string;
                                    /** @description YYYY-MM-DD */
                                    statusSince: string | null;
                                    /** @description YYYY-MM-DD */
                                    validFrom: string;
                                    /** @description YYYY-MM-DD */
                                    validTo: string;
                                } | null;
                                lastYearInspection: {
                                    /** @description YYYY-MM-DD */
                                    on: string;
                                    passed: boolean;
                                    reason: string;
                                } | null;
                                name: string;
                                post: string;
                                trainingHours: number;
                                trainingHoursLastYear: number;
                                trainingShort: boolean;
                                unit: string | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                userId: string;
                            }[];
                            required: number;
                            /** @description YYYY-MM-DD */
                            today: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划 */
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
                            code: string;
                            level: string;
                            name: string;
                            parentCode: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/review-staffing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可见范围内各机关法制审核人员配备，不足 5% 的标出 */
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
                            agencyId: string;
                            agencyName: string;
                            covers: string[];
                            flagged: boolean;
                            officers: number;
                            ratio: number | null;
                            required: number;
                            reviewers: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法制审核待办（含到期提醒、逾期标记） */
        get: {
            parameters: {
                query?: {
                    overdue?: boolean;
                    status?: "pending" | "closed";
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
                            /** @description 有异议，尚待集体讨论 */
                            awaitingDiscussion: boolean;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            caseId: string;
                            caseNumber: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            closedAt: string | null;
                            /** @description 承办人对审核意见有异议 */
                            disagreed: boolean;
                            /** @description 审核期限；工作日历缺年份时为 null */
                            dueOn: string | (never | null);
                            overdue: boolean;
                            proposalVersion: number;
                            /** @description 临近期限，应提醒 */
                            remind: boolean;
                            /** @description 审核人员（已审核的轮次） */
                            reviewer: string | null;
                            round: number;
                            /** @description pending 审核中，agreed 同意，problems 存在问题（退回），withdrawn 因修改拟作出的决定而撤回 */
                            status: "pending" | "agreed" | "problems" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description ISO 8601 时间（UTC）
                             */
                            submittedAt: string;
                            /** @description 送审人 */
                            submittedBy: string;
                            title: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/rule-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法定期限与阈值的版本 */
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
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: string;
                            name: string;
                            version: string;
                        }[];
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
    "/api/v1/rule-packs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 规则包内容 */
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
                            /** @description YYYY-MM-DD */
                            effectiveFrom: string;
                            /** @description YYYY-MM-DD */
                            effectiveTo?: string;
                            id: string;
                            /** @description 法定期限，键为期限代码 */
                            limits: {
                                [key: string]: {
                                    /** @description 法律依据 */
                                    basis: string;
                                    days: number;
                                    /** @description 如 作出处罚决定期限 */
                                    name: string;
                                    /** @description working 工作日，natural 自然日 */
                                    unit: "working" | "natural";
                                };
                            };
                            name: string;
                            /** @description 阈值（金额为元），键为阈值代码 */
                            thresholds: {
                                [key: string]: {
                                    basis: string;
                                    name: string;
                                    value: number;
                                };
                            };
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/statistics/{year}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 司法局：辖区内各机关年报的报送与公开情况（逾期标记）及汇总 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 年份 */
                    year: number;
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
                            agencies: {
                                agency: {
                                    creditCode: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** @description 最近一次；尚未办理为 null */
                                published: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    /** @description 办理人 */
                                    by: string;
                                    /** @description YYYY-MM-DD */
                                    dueOn: string;
                                    late: boolean;
                                    /** @description 所固定统计数据的 SHA-256 */
                                    sha256: string;
                                } | null;
                                publishOverdue: boolean;
                                /** @description 最近一次；尚未办理为 null */
                                reported: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601 时间（UTC）
                                     */
                                    at: string;
                                    /** @description 办理人 */
                                    by: string;
                                    /** @description YYYY-MM-DD */
                                    dueOn: string;
                                    late: boolean;
                                    /** @description 所固定统计数据的 SHA-256 */
                                    sha256: string;
                                } | null;
                                reportOverdue: boolean;
                                totals: {
                                    /** @description 没收违法所得金额（元） */
                                    confiscations: number;
                                    decided: number;
                                    /** @description 罚款金额（元） */
                                    fines: number;
                                    opened: number;
                                };
                            }[];
                            deadlines: {
                                /** @description 次年的节假日安排已导入（否则为未顺延的日期） */
                                calendarKnown: boolean;
                                /** @description YYYY-MM-DD */
                                publishBy: string;
                                /** @description YYYY-MM-DD */
                                reportBy: string;
                            };
                            /** @description 辖区合计 */
                            region: {
                                /** @description 没收违法所得金额（元） */
                                confiscations: number;
                                decided: number;
                                /** @description 罚款金额（元） */
                                fines: number;
                                opened: number;
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/supervision/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法监督概览：可见范围内各执法机关的案件（按状态）、超期案件、法制审核待办与逾期、公示逾期与迟延、审核人员配备 */
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
                            agencies: {
                                agency: {
                                    creditCode: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    name: string;
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    parentId: string | null;
                                };
                                cases: {
                                    byState: {
                                        count: number;
                                        procedure: string;
                                        procedureName: string;
                                        state: string;
                                        stateName: string;
                                        terminal: boolean;
                                    }[];
                                    closed: number;
                                    open: number;
                                    /** @description 已超过法定期限仍未办结环节的案件 */
                                    overdue: number;
                                    total: number;
                                };
                                /** @description 案卷评查（R-REC-8）：最近一次反馈的结果 */
                                evaluation: {
                                    latest: {
                                        /** @description 不合格案卷数 */
                                        failed: number;
                                        files: number;
                                        grade: string;
                                        gradeName: string;
                                        /** @description 抽中案卷的平均得分 */
                                        mean: number;
                                        /** @description 是否已作整改说明 */
                                        replied: boolean;
                                        /**
                                         * Format: uuid
                                         * @description UUID
                                         */
                                        roundId: string;
                                        title: string;
                                    } | null;
                                    /** @description 已反馈的案卷评查次数 */
                                    rounds: number;
                                };
                                publications: {
                                    overdue: number;
                                    pending: number;
                                    published: number;
                                    publishedLate: number;
                                    withdrawalOverdue: number;
                                };
                                reviews: {
                                    closed: number;
                                    overdue: number;
                                    /** @description 集体讨论未采纳法制审核意见、按拟作出的决定作出的次数（须有法规规章依据，报司法局关注） */
                                    overrides: number;
                                    pending: number;
                                    returned: number;
                                };
                                staffing: {
                                    /** @description 法制审核人员不足执法人员的 5% */
                                    flagged: boolean;
                                    officers: number;
                                    ratio: number | null;
                                    required: number;
                                    /** @description 没有本级法制审核机构时，由上级机关审核 */
                                    reviewedBy: string | null;
                                    reviewers: number;
                                } | null;
                            }[];
                            /** @description YYYY-MM-DD */
                            today: string;
                            totals: {
                                cases: number;
                                openCases: number;
                                overdueCases: number;
                                overduePublications: number;
                                overdueReviews: number;
                                pendingPublications: number;
                                pendingReviews: number;
                                publishedLate: number;
                                /** @description 集体讨论未采纳法制审核意见的次数（合计） */
                                reviewOverrides: number;
                                staffingFlagged: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表（可见范围） */
        get: {
            parameters: {
                query?: {
                    /** @description UUID */
                    agencyId?: string;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            certificates: {
                                /** @description 执法类别 */
                                fields: string[];
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 执法证号 */
                                number: string;
                                /** @description 已登记、尚未生效的状态变更 */
                                planned: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    reason: string;
                                    status: string;
                                    statusName: string;
                                } | null;
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
                                /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                                statusSince: string | (never | null);
                                /** @description YYYY-MM-DD */
                                validFrom: string;
                                /** @description YYYY-MM-DD */
                                validTo: string;
                            }[];
                            disabled: boolean;
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            legalQualification: boolean;
                            post: string;
                            reviewerQualified: boolean;
                            roles: string[];
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            } | null;
                            username: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新增人员（系统管理员） */
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
                         * Format: uuid
                         * @description UUID
                         */
                        agencyId: string;
                        displayName: string;
                        legalQualification?: boolean;
                        password: string;
                        post?: string;
                        reviewerQualified?: boolean;
                        roles: ("officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin")[];
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        unitId?: string | null;
                        username: string;
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            certificates: {
                                /** @description 执法类别 */
                                fields: string[];
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 执法证号 */
                                number: string;
                                /** @description 已登记、尚未生效的状态变更 */
                                planned: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    reason: string;
                                    status: string;
                                    statusName: string;
                                } | null;
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
                                /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                                statusSince: string | (never | null);
                                /** @description YYYY-MM-DD */
                                validFrom: string;
                                /** @description YYYY-MM-DD */
                                validTo: string;
                            }[];
                            disabled: boolean;
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            legalQualification: boolean;
                            post: string;
                            reviewerQualified: boolean;
                            roles: string[];
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            } | null;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
        /** 人员详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
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
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            certificates: {
                                /** @description 执法类别 */
                                fields: string[];
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 执法证号 */
                                number: string;
                                /** @description 已登记、尚未生效的状态变更 */
                                planned: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    reason: string;
                                    status: string;
                                    statusName: string;
                                } | null;
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
                                /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                                statusSince: string | (never | null);
                                /** @description YYYY-MM-DD */
                                validFrom: string;
                                /** @description YYYY-MM-DD */
                                validTo: string;
                            }[];
                            disabled: boolean;
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            legalQualification: boolean;
                            post: string;
                            reviewerQualified: boolean;
                            roles: string[];
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            } | null;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改人员角色、机构或停用（系统管理员） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        post?: string;
                        roles?: ("officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin")[];
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        unitId?: string | null;
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
                             * Format: uuid
                             * @description UUID
                             */
                            agencyId: string;
                            certificates: {
                                /** @description 执法类别 */
                                fields: string[];
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description 执法证号 */
                                number: string;
                                /** @description 已登记、尚未生效的状态变更 */
                                planned: {
                                    /** @description YYYY-MM-DD */
                                    from: string;
                                    reason: string;
                                    status: string;
                                    statusName: string;
                                } | null;
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
                                /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                                statusSince: string | (never | null);
                                /** @description YYYY-MM-DD */
                                validFrom: string;
                                /** @description YYYY-MM-DD */
                                validTo: string;
                            }[];
                            disabled: boolean;
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            legalQualification: boolean;
                            post: string;
                            reviewerQualified: boolean;
                            roles: string[];
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                name: string;
                            } | null;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记执法证（系统管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fields: string[];
                        issuedBy?: string;
                        number: string;
                        regions: string[];
                        /** @description YYYY-MM-DD */
                        validFrom: string;
                        /** @description YYYY-MM-DD */
                        validTo: string;
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
                            /** @description 执法类别 */
                            fields: string[];
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description 执法证号 */
                            number: string;
                            /** @description 已登记、尚未生效的状态变更 */
                            planned: {
                                /** @description YYYY-MM-DD */
                                from: string;
                                reason: string;
                                status: string;
                                statusName: string;
                            } | null;
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | inspection-failed | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
                            /** @description 现状态（暂扣、吊销、年检未通过）的起始日期 */
                            statusSince: string | (never | null);
                            /** @description YYYY-MM-DD */
                            validFrom: string;
                            /** @description YYYY-MM-DD */
                            validTo: string;
                        } & {
                            holder: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/users/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位培训记录（按年度） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    /** @description UUID */
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
                            records: {
                                /** @description YYYY-MM-DD */
                                completedOn: string;
                                course: string;
                                hours: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                            }[];
                            /** @description 每年应完成学时 */
                            required: number;
                            shortfall: string | null;
                            total: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 登记岗位培训学时（系统管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUID */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD */
                        completedOn: string;
                        /** @description 培训内容 */
                        course: string;
                        /** @description 学时 */
                        hours: number;
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
                            records: {
                                /** @description YYYY-MM-DD */
                                completedOn: string;
                                course: string;
                                hours: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                            }[];
                            /** @description 每年应完成学时 */
                            required: number;
                            shortfall: string | null;
                            total: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/api/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人待办：承办的案件、待审批、待审核、待公示，按紧急程度排列（逾期、临期、正常）；列出最紧急的 50 项，计数覆盖全部 */
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
                            counts: {
                                /** @description 其中逾期 */
                                overdue: number;
                                /** @description 其中临期 */
                                soon: number;
                                /** @description 全部事项（含仅供了解的本人承办案件）；items 只列最紧急的 50 项 */
                                total: number;
                                /** @description 等待本人办理的事项 */
                                waitingOnMe: number;
                            };
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                caseId: string | null;
                                caseNumber: string | null;
                                /** @description YYYY-MM-DD */
                                dueOn: string | null;
                                dueState: ("overdue" | "soon" | "normal") | (never | null);
                                /** @description case 承办的案件；approval 待负责人审批；review 待法制审核；publication 待公示；withdrawal 待撤下；complaint 待答复或待指派的投诉举报 */
                                kind: "case" | "approval" | "review" | "publication" | "withdrawal" | "complaint";
                                /** @description 是否等待本人办理（否则仅供了解进度） */
                                mine: boolean;
                                partyName: string | null;
                                procedureName: string | null;
                                role: "officer" | "reviewer" | "head" | "publisher" | "supervisor" | "admin";
                                stateName: string | null;
                                target: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    id: string;
                                    kind: "case" | "review" | "publication" | "complaint";
                                };
                                title: string;
                                /** @description 等待什么，如「待承办人办理：调查终结」 */
                                what: string;
                            }[];
                            /** @description YYYY-MM-DD */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/ledger/{credit}/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最新检查点（C2SP 签名说明格式，含司法局副署） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["def-0"];
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
    "/ledger/{credit}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账本与见证的验证公钥 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit: string;
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
                            /** @description 账本名称（检查点第一行） */
                            origin: string;
                            /** @description 电子签章密钥标识（hex） */
                            sealKeyId: string;
                            /** @description 电子签章：Ed25519 公钥（原始字节，base64），对文书内容摘要签名 */
                            sealPublicKey: string;
                            /** @description SM2 验证公钥（PEM），供 OpenSSL 核验 */
                            sm2PublicKeyPem: string | null;
                            /** @description 检查点签名的验证公钥（C2SP note verifier key：Ed25519，及 SM2） */
                            verifierKeys: string[];
                            /** @description 本机关为司法局时：见证副署的验证公钥 */
                            witnessKey: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
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
    "/ledger/{credit}/tile/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账本瓦片（C2SP tlog-tiles） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                    credit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["def-0"];
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
    "/witness/{credit}/add-checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 见证：提交检查点与一致性证明，取得副署（C2SP tlog-witness） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit: string;
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
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Error */
        "def-0": {
            error: {
                /** @description machine-readable code */
                code: string;
                details?: {
                    [key: string]: unknown;
                };
                /** @description 面向用户的中文说明 */
                message: string;
            };
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
