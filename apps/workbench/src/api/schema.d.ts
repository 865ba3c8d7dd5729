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
                            agencyId: string;
                            benchmarks: unknown[];
                            history: {
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            inheritedFrom: string | null;
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
                            agencyId: string;
                            benchmarks: unknown[];
                            history: {
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            inheritedFrom: string | null;
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
                            benchmark: unknown;
                            similar: unknown[];
                            verdict: unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                            agencyId: string;
                            catalog: unknown;
                            history: {
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            inheritedFrom: string | null;
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
                            agencyId: string;
                            catalog: unknown;
                            history: {
                                at: string;
                                by: string;
                                note: string;
                                version: number;
                            }[];
                            inheritedFrom: string | null;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                                    required: boolean;
                                    type: "text" | "longtext" | "money" | "date" | "boolean" | "choice" | "officers";
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
                                /** @description YYYY-MM-DD */
                                metOn: string | null;
                                name: string;
                                /** @description YYYY-MM-DD */
                                startedOn: string;
                                /** @description running | overdue | met | met-late | unknown */
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
                                    required: boolean;
                                    type: "text" | "longtext" | "money" | "date" | "boolean" | "choice" | "officers";
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
                                /** @description YYYY-MM-DD */
                                metOn: string | null;
                                name: string;
                                /** @description YYYY-MM-DD */
                                startedOn: string;
                                /** @description running | overdue | met | met-late | unknown */
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
                            docxSha256: string;
                            eventSeq: number;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            issuedAt: string;
                            kind: string;
                            pdfSha256: string;
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
         * 制作文书：按案件数据填写，生成 PDF 与 Word，加盖电子签章并记入全过程记录
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
                            docxSha256: string;
                            eventSeq: number;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            issuedAt: string;
                            kind: string;
                            pdfSha256: string;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        /** @description decide-as-proposed 按拟作出的决定作出 / revise 退回修改 */
                        outcome: "decide-as-proposed" | "revise";
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                            caseId: string;
                            caseNumber: string;
                            decision: unknown;
                            phaseName: string;
                            trace: {
                                act: string;
                                at: string;
                                detail: string;
                                proposalVersion: number;
                                who: {
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
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
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
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
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
                        "application/json": unknown[];
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
                        "application/json": unknown[];
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        "application/json": unknown[];
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
                            cases: unknown[];
                            party: {
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
                                /** @description 延长期限的环节及延长的期限 */
                                extendBy?: {
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    step: string;
                                };
                                /** @description 开始计算期限的环节 */
                                from: string;
                                /** @description 从该环节填写的日期起算（而非办理之日） */
                                fromInput?: string;
                                /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                limit: string;
                                name: string;
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
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "windowPassed";
                                    unless: string[];
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
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "stepTakenWhen";
                                    when: {
                                        equals: string | boolean;
                                        input: string;
                                    };
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
                                    /** @description 省略时为必填 */
                                    required?: boolean;
                                    type: "text" | "longtext" | "money" | "date" | "boolean" | "choice" | "officers";
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
                                    /** @description 规则包中的期限代码，如 penalty.hearingRequestWindow */
                                    limit: string;
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "windowPassed";
                                    unless: string[];
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
                                    /** @description 不满足时的中文说明 */
                                    reason: string;
                                    step: string;
                                    /** @enum {string} */
                                    type: "stepTakenWhen";
                                    when: {
                                        equals: string | boolean;
                                        input: string;
                                    };
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
                                    /** @description 省略时为必填 */
                                    required?: boolean;
                                    type: "text" | "longtext" | "money" | "date" | "boolean" | "choice" | "officers";
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
                    /** @description 当事人统一社会信用代码 */
                    creditCode?: string;
                    /** @description 上一页返回的 nextCursor */
                    cursor?: string;
                    /** @description 文书号（部分即可） */
                    docNumber?: string;
                    /** @description 决定日期起 YYYY-MM-DD */
                    from?: string;
                    /** @description 执法类别 */
                    kind?: "行政许可" | "行政处罚" | "行政强制" | "行政检查" | "行政征收征用" | "行政收费" | "行政确认" | "行政给付" | "行政裁决";
                    limit?: number;
                    /** @description 当事人名称（部分即可） */
                    party?: string;
                    /** @description 关键词（多个以空格分隔，须同时出现；任意两个字以上的子串均可检索） */
                    q?: string;
                    sort?: "relevance" | "newest" | "oldest";
                    /** @description 决定日期止 YYYY-MM-DD */
                    to?: string;
                    /** @description 违法行为类型 */
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                            status: "valid" | "suspended" | "revoked" | "expired" | "not-yet-valid";
                            /** @description 有效 / 暂扣 / 吊销 / 已过期 / 未生效 */
                            statusName: string;
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
                            items: unknown[];
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
                        "application/json": unknown;
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
                                end: number;
                                reason: string;
                                start: number;
                            }[];
                        };
                        /** @description YYYY-MM-DD */
                        foundOn?: string;
                        marks?: {
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
                        "application/json": unknown;
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
        /** 公示前对照页面（text/html） */
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
                        "application/json": unknown;
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
        /** 公示前对照：原文与脱敏后文本并列，列出每处隐去及所依规则或人工标注 */
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
                                end: number;
                                reason: string;
                                start: number;
                            }[];
                        };
                        marks?: {
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
                        "application/json": unknown;
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
                                end: number;
                                reason: string;
                                start: number;
                            }[];
                        };
                        marks?: {
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
                        "application/json": unknown;
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
                        "application/json": unknown;
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
                        /** @description revoked=被撤销；confirmed-illegal=被确认违法；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                        ground?: "revoked" | "confirmed-illegal" | "ordered-remade" | "revoked-by-agency";
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
                        "application/json": unknown;
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
                        /** @description revoked=被撤销；confirmed-illegal=被确认违法；ordered-remade=被责令重新作出；revoked-by-agency=本机关依法撤销 */
                        ground: "revoked" | "confirmed-illegal" | "ordered-remade" | "revoked-by-agency";
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
                        "application/json": unknown;
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
                        "application/json": unknown[];
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
                        "application/json": unknown;
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
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
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
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
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
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
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
                                /** @description 执法区域 */
                                regions: string[];
                                /** @description valid | suspended | revoked | expired | not-yet-valid */
                                status: string;
                                statusName: string;
                                statusReason: string;
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
                            /** @description 执法区域 */
                            regions: string[];
                            /** @description valid | suspended | revoked | expired | not-yet-valid */
                            status: string;
                            statusName: string;
                            statusReason: string;
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
    "/api/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人待办：承办的案件、待审批、待审核、待公示，按紧急程度排列（逾期、临期、正常） */
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
                                overdue: number;
                                soon: number;
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
                                /** @description case 承办的案件；approval 待负责人审批；review 待法制审核；publication 待公示；withdrawal 待撤下 */
                                kind: "case" | "approval" | "review" | "publication" | "withdrawal";
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
                                    kind: "case" | "review" | "publication";
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
                        "application/json": unknown;
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
